using Backchannel.Knowledge.Files;
using Backchannel.Knowledge.Import;
using Backchannel.Knowledge.Model;
using Backchannel.Tests.Support;

namespace Backchannel.Tests.Knowledge.Import;

public sealed class KbBuildTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_person_from_curated_wikidata_and_ofac_files_becomes_one_entity_with_every_citation()
    {
        _temp.Write("kb/curated/persons.csv", "id,name,aliases,wikidata_id,birth_date,nationality,source\nbc:ivo-probe,Ivo Probe,I. Probe,Q424242,1961-03-02,pl,Paper A\n");
        _temp.Write("kb/curated/positions.csv", "id,name,country,role,source\npl-president,President of Poland,pl,head_of_state,Paper A\n");
        _temp.Write("kb/curated/occupancies.csv", "holder,post,start_date,end_date,status,source\nbc:ivo-probe,pl-president,2010-01-01,2015-01-01,ended,Paper A\n");
        _temp.Write("kb/leaders_history.csv", "iso3,country,role,person,person_qid,start,end,party,end_cause\nPOL,Polonia,head_of_state,Ivo Probe,Q424242,2010-01-01T00:00:00Z,2015-01-01T00:00:00Z,,\n");
        _temp.Write("kb/sdn.csv", "77,\"PROBE, Ivo\",\"individual\",\"TEST\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"DOB 02 Mar 1961; nationality Poland.\"\n");
        _temp.Write("kb/sources.tsv", "format\tpath\tpublisher\turl\tretrieved\n"
            + "curated\tcurated\tCurated\t\t2026-01-01\n"
            + "wikidata-leaders\tleaders_history.csv\tWikidata\t\t2025-10-03\n"
            + "ofac-sdn\tsdn.csv\tOFAC\thttps://example.org/sdn\t2024-05-03\n"
            + "pocom\tmissing-folder\tPOCOM\t\t\n"
            + "nonsense\tsdn.csv\tX\t\t\n");

        var report = KbBuilder.Build(_temp.File("kb/sources.tsv"));

        Assert.Equal(2, report.Warnings.Count);
        Assert.Contains(report.Warnings, w => w.Contains("missing-folder does not exist", StringComparison.Ordinal));
        Assert.Contains(report.Warnings, w => w.Contains("unknown format 'nonsense'", StringComparison.Ordinal));
        var person = Assert.Single(report.Entities, e => e.Schema == Schemas.Person);
        Assert.Equal("Q424242", person.Id);
        Assert.Equal(["bc:ivo-probe", "ofac:77"], person.Values(Props.MergedFrom).Order(StringComparer.Ordinal));
        Assert.Equal(["OFAC", "Paper A", "Wikidata"], person.Citations.Select(c => c.Publisher!).Order(StringComparer.Ordinal));
        var post = Assert.Single(report.Entities, e => e.Schema == Schemas.Position);
        Assert.Equal("pl-president", post.Id);
        Assert.Equal(["pl-head-of-state"], post.Values(Props.MergedFrom).AsEnumerable());
        var term = Assert.Single(report.Entities, e => e.Schema == Schemas.Occupancy);
        Assert.Equal(("Q424242", "pl-president"), (term.First(Props.Holder), term.First(Props.Post)));
        Assert.Equal(2, term.Citations.Length);
        Assert.Equal("Q424242", Assert.Single(report.Entities, e => e.Schema == Schemas.Sanction).First(Props.Entity));

        var path = _temp.File("kb.ftm.jsonl.gz");
        FtmJsonLines.Write(path, report.Entities);
        var kb = KnowledgeBaseFile.Load(path);
        Assert.Equal("Q424242", Assert.Single(kb.FindExact("I. Probe")).EntityId);
        Assert.Single(kb.SanctionsOn("Q424242"));
    }

    [Fact]
    public void Bad_manifest_lines_are_problems_with_their_line()
    {
        _temp.Write("sources.tsv", "# comment\nformat\tpath\tpublisher\ncurated\n");

        var report = KbBuilder.Build(_temp.File("sources.tsv"));

        Assert.Equal(3, Assert.Single(report.Problems).Line);
        Assert.Empty(report.Entities);
    }

    [Fact]
    public void A_missing_kb_file_is_a_coded_error_naming_the_file()
    {
        var error = Assert.Throws<Backchannel.Errors.BackchannelException>(() => KnowledgeBaseFile.Load(_temp.File("none.jsonl.gz"))).Error;

        Assert.Equal(Backchannel.Errors.ErrorCode.PathNotFound, error.Code);
    }
}
