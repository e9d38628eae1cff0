using Backchannel.Knowledge.Import;
using Backchannel.Knowledge.Import.Phoenix;
using Backchannel.Knowledge.Model;
using Backchannel.Tests.Support;

namespace Backchannel.Tests.Knowledge.Import;

public sealed class PhoenixActorsImporterTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [SharedDataFact("data/dicts")]
    public void A_leader_gets_synonyms_as_aliases_and_one_term_per_dated_code()
    {
        var path = Path.Combine(RepoPaths.Shared, "data", "dicts", "Phoenix.Countries.actors.txt");
        var result = new PhoenixActorsImporter().Import(new ImportSource(path, "Phoenix"));

        var putin = ImportAssert.Entity(result, "phoenix:VLADIMIR_PUTIN");
        Assert.Equal(("Vladimir Putin", "ru"), (putin.Caption, putin.First(Props.Country)));
        Assert.Contains("Vladimir Vladimirovich Putin", putin.Values(Props.Alias));
        var terms = result.Entities.Where(e => e.Schema == Schemas.Occupancy && e.First(Props.Holder) == putin.Id).Select(e => new Occupancy(e)).ToList();
        Assert.Contains(terms, t => t.PostId == "cameo:RUSGOV" && t.Start?.ToString() == "2008-05-08" && t.End is null);
        Assert.Contains(terms, t => t.PostId == "cameo:RUSGOV" && t.Start?.ToString() == "1999-08-09" && t.End?.ToString() == "2000-05-07");
        Assert.Contains(terms, t => t.PostId == "cameo:RUSELI" && t.Start?.ToString() == "1970" && t.End?.ToString() == "1999-08-09");
        var post = ImportAssert.Entity(result, "cameo:RUSGOV");
        Assert.Equal(("RUS GOV (CAMEO)", "ru"), (post.Caption, post.First(Props.Country)));
        var russia = Assert.Single(result.Entities, e => e.Id == "country:ru");
        Assert.Contains("Russian Federation", russia.Values(Props.Alias));
        Assert.Contains("Rossija", russia.Values(Props.WeakAlias));
        ImportAssert.AllCited(result);
    }

    [Fact]
    public void Code_forms_and_the_two_digit_year_pivot_are_read_and_bad_codes_reported_by_line()
    {
        var path = _temp.Write("Test.Countries.actors.txt", """
            # header comment
            +ORPHAN_SYNONYM
            ATLANTIA_  [POL]
            +ATLANTIAN_ # comment
            JAN_EXAMPLE_   [POLGOV 991231-140101] # on the name line
            +J._EXAMPLE
            	[POLMIL >150101]
            	[POLLEG <010203]
            	[POLGOV 1234-5678]
            	[POLELI]
            SOME_GROUP_
            	[POLREB]
            """);

        var result = new PhoenixActorsImporter().Import(new ImportSource(path, "test"));

        ImportAssert.ProblemAt(result, 2, "synonym before any actor name");
        ImportAssert.ProblemAt(result, 9, "neither YYMMDD nor YYYYMMDD");
        var jan = ImportAssert.Entity(result, "phoenix:JAN_EXAMPLE");
        Assert.Equal("Jan Example", jan.Caption);
        Assert.Contains("J. Example", jan.Values(Props.Alias));
        Assert.Contains("CAMEO POLELI (undated)", jan.Values(Props.Notes));
        var terms = result.Entities.Where(e => e.Schema == Schemas.Occupancy).Select(e => new Occupancy(e)).ToList();
        Assert.Contains(terms, t => t.PostId == "cameo:POLGOV" && t.Start?.ToString() == "1999-12-31" && t.End?.ToString() == "2014");
        Assert.Contains(terms, t => t.PostId == "cameo:POLMIL" && t.Start?.ToString() == "1915");
        Assert.Contains(terms, t => t.PostId == "cameo:POLLEG" && t.Start is null && t.End?.ToString() == "2001-02-03");
        var country = ImportAssert.Entity(result, "country:pl");
        Assert.Equal(["Atlantia"], country.Values(Props.Alias).AsEnumerable());
        Assert.Equal(["Atlantian"], country.Values(Props.WeakAlias).AsEnumerable());
        Assert.DoesNotContain(result.Entities, e => e.Id == "phoenix:SOME_GROUP");
    }

    [Fact]
    public void Outside_the_country_dictionary_a_bare_three_letter_code_is_a_group_not_a_country()
    {
        var path = _temp.Write("Test.EthnicGroups.actors.txt", "SOME_PEOPLE_ [POL]\n+SOME_PEOPLES_\n");

        var result = new PhoenixActorsImporter().Import(new ImportSource(path, "test"));

        Assert.Empty(result.Entities);
        Assert.Contains("1 actors with only undated group codes left out", Assert.Single(result.Notes), StringComparison.Ordinal);
    }

    [Fact]
    public void Dictionary_dates_keep_the_precision_countryinfo_gives_them()
    {
        var path = _temp.Write("Test.Countries.actors.txt", """
            TONY_EXAMPLE_
            	[GBRELI 710101-970502]
            	[GBRGOV 970502-070627]
            	[GBRGOV 030101-070630]
            	[GBRGOV 050101-050331]
            	[GBRGOV 100401-100631]
            	[GBRGOV >100501]
            UKRAINIA_
            +UKRAINIAN_
            	[USRUKR <910824]
            	[UKRUNR 910824-911221]
            	[UKR >911221]
            """);

        var result = new PhoenixActorsImporter().Import(new ImportSource(path, "test"));

        var terms = result.Entities.Where(e => e.Schema == Schemas.Occupancy).Select(e => new Occupancy(e)).ToList();
        // YYMMDD 0101 is a year (a birth year + 18); a rulers.org term is to the day.
        Assert.Contains(terms, t => t.PostId == "cameo:GBRELI" && t.Start?.ToString() == "1971" && t.End?.ToString() == "1997-05-02");
        Assert.Contains(terms, t => t.PostId == "cameo:GBRGOV" && t.Start?.ToString() == "1997-05-02" && t.End?.ToString() == "2007-06-27");
        // "In office at the first CIA report" (030101) is no start; CIA ranges are months, an impossible 31 June too.
        var placeholder = Assert.Single(terms, t => t.End?.ToString() == "2007-06");
        Assert.Null(placeholder.Start);
        Assert.Contains(placeholder.Entity.Values(Props.Notes), n => n.Contains("start unknown", StringComparison.Ordinal));
        Assert.Contains(terms, t => t.Start?.ToString() == "2005-01" && t.End?.ToString() == "2005-03");
        Assert.Contains(terms, t => t.Start?.ToString() == "2010-04" && t.End?.ToString() == "2010-06");
        Assert.Contains(terms, t => t.Start?.ToString() == "2010-05" && t.End is null);
        Assert.Empty(result.Problems);
        // A country whose code changed over time is a place, not a person.
        Assert.DoesNotContain(result.Entities, e => e.Id == "phoenix:UKRAINIA");
        var ukraine = ImportAssert.Entity(result, "country:ua");
        Assert.Contains("Ukrainia", ukraine.Values(Props.WeakAlias));
    }
}
