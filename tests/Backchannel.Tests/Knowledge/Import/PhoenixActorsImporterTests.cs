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
        Assert.Contains(terms, t => t.PostId == "cameo:RUSELI" && t.Start?.ToString() == "1970-01-01" && t.End?.ToString() == "1999-08-09");
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
        Assert.Contains(terms, t => t.PostId == "cameo:POLGOV" && t.Start?.ToString() == "1999-12-31" && t.End?.ToString() == "2014-01-01");
        Assert.Contains(terms, t => t.PostId == "cameo:POLMIL" && t.Start?.ToString() == "1915-01-01");
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
}
