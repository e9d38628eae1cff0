using Backchannel.Knowledge.Import;
using Backchannel.Knowledge.Import.WikidataLeaders;
using Backchannel.Knowledge.Model;
using Backchannel.Tests.Support;

namespace Backchannel.Tests.Knowledge.Import;

public sealed class WikidataLeadersImporterTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [SharedDataFact("data/kb/wikidata-leaders-geografia")]
    public void Heads_of_government_get_terms_and_the_extract_noise_is_reported()
    {
        var result = new WikidataLeadersImporter().Import(new ImportSource(ImportAssert.SharedKb("wikidata-leaders-geografia", "leaders_history.csv"), "Wikidata"));

        var scholz = ImportAssert.Term(result, "Q61053", "de-head-of-government", "2021-12-08");
        Assert.Equal(("2025-05-06", "ended"), (scholz.First(Props.EndDate), scholz.First(Props.Status)));
        Assert.Contains(scholz.Citations, c => c.Url == "https://www.wikidata.org/wiki/Q61053");
        Assert.Equal("current", ImportAssert.Term(result, "Q566257", "de-head-of-government", "2025-05-06").First(Props.Status));
        var post = ImportAssert.Entity(result, "de-head-of-government");
        Assert.Equal(("de", "head_of_government"), (post.First(Props.Country), post.First(Props.Role)));
        Assert.Equal("Olaf Scholz", ImportAssert.Entity(result, "Q61053").Caption);
        Assert.Contains(result.Entities, e => e.Id == "country:de" && e.First(Props.Code3) == "DEU");
        Assert.Contains(result.Problems, p => p.Reason.Contains("start '20254-04-01T00:00:00Z' is not an ISO date", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.Reason.Contains("blank node", StringComparison.Ordinal));
        Assert.Equal(result.Entities.Count, result.Entities.Select(e => e.Id).Distinct(StringComparer.Ordinal).Count());
        ImportAssert.AllCited(result);
    }

    [Fact]
    public void Broken_rows_are_reported_by_line_and_repeats_are_kept_once()
    {
        var path = _temp.Write("leaders_history.csv",
            "iso3,country,role,person,person_qid,start,end,party,end_cause\n"
            + "POL,Polonia,head_of_state,Anna Test,Q901,2001-05-01T00:00:00Z,2006-05-01T00:00:00Z,,\n"
            + "POL,Polonia,head_of_state,Anna Test,Q901,2001-05-01T00:00:00Z,2006-05-01T00:00:00Z,,\n"
            + "XXX,Nowhere,head_of_state,Bob Test,Q902,2001,,,\n"
            + "POL,Polonia,king,Carl Test,Q903,2001,,,\n"
            + "POL,Polonia,head_of_government,http://www.wikidata.org/.well-known/genid/abc,abc,2001,,,\n"
            + "POL,Polonia,head_of_government,Dora Test,Q904,2006-13-01T00:00:00Z,,,\n"
            + "POL,Polonia,head_of_government,Eva Test,Q905,2007-01-01T00:00:00Z,,,\n"
            + "POL,Polonia,head_of_government,Eva Test,Q905,2007-01-01T00:00:00Z,2008-01-01T00:00:00Z,,\n");

        var result = new WikidataLeadersImporter().Import(new ImportSource(path, "test"));

        ImportAssert.ProblemAt(result, 3, "repeats line 2");
        ImportAssert.ProblemAt(result, 4, "iso3 'XXX'");
        ImportAssert.ProblemAt(result, 5, "role 'king'");
        ImportAssert.ProblemAt(result, 6, "not a Wikidata id");
        ImportAssert.ProblemAt(result, 7, "the row is kept without it");
        Assert.Single(result.Entities, e => e.Schema == Schemas.Occupancy && e.First(Props.Holder) == "Q901");
        var dora = Assert.Single(result.Entities, e => e.Schema == Schemas.Occupancy && e.First(Props.Holder) == "Q904");
        Assert.Null(dora.First(Props.StartDate));
        ImportAssert.ProblemAt(result, 9, "same term as line 8, which gives no end");
        // The extract writes a year-precision Wikidata date as 1 January: it is read back as the year.
        var eva = ImportAssert.Term(result, "Q905", "pl-head-of-government", "2007");
        Assert.Equal(("2008", "ended"), (eva.First(Props.EndDate), eva.First(Props.Status)));
        Assert.Equal("pl-head-of-state", ImportAssert.Term(result, "Q901", "pl-head-of-state", "2001-05-01").First(Props.Post));
    }
}
