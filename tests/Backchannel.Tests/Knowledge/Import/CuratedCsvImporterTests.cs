using Backchannel.Knowledge.Import;
using Backchannel.Knowledge.Import.Curated;
using Backchannel.Knowledge.Model;
using Backchannel.Tests.Support;

namespace Backchannel.Tests.Knowledge.Import;

public sealed class CuratedCsvImporterTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [SharedDataFact("data/kb/curated-seed")]
    public void The_curated_seed_gives_cited_people_posts_and_terms_and_drops_the_flagged_guess()
    {
        var result = new CuratedCsvImporter().Import(new ImportSource(ImportAssert.SharedKb("curated-seed"), "curated-seed"));

        var rubio = ImportAssert.Term(result, "pocom:rubio-marco", "us-secretary-of-state", "2025-01-21");
        Assert.Equal("current", rubio.First(Props.Status));
        Assert.Null(rubio.First(Props.EndDate));
        Assert.Contains(rubio.Citations, c => c.Record == "occupancies.csv line 10");
        var trump = ImportAssert.Term(result, "Q22686", "us-president", "2025-01-20");
        Assert.True(trump.Flag(Props.EndIsScheduled));
        var president = ImportAssert.Entity(result, "us-president");
        Assert.Equal(["gov.head", "gov.national", "gov.executive"], president.Values(Props.Topics).AsEnumerable());
        Assert.Contains("POTUS", president.Values(Props.Alias));
        var sybiha = ImportAssert.Entity(result, "seed:andrii-sybiha");
        Assert.Empty(sybiha.Values(Props.WikidataId));
        Assert.Equal(["ua"], sybiha.Values(Props.Nationality).AsEnumerable());
        ImportAssert.ProblemAt(result, 13, "wikidata_id 'Q12221523?' is marked uncertain");
        Assert.Single(result.Problems);
        ImportAssert.AllCited(result);
    }

    [Fact]
    public void Extended_columns_and_aliases_are_read_by_header_name_and_bad_rows_name_their_line()
    {
        _temp.Write("cur/persons.csv", "nationality,name,id,source,url,retrieved,note\nxx,Olga Example,bc:olga,Paper A,https://example.org/a,2026-01-02,checked\npl,,bc:nameless,Paper A,,,\n");
        _temp.Write("cur/occupancies.csv", "holder,post,start_date,end_date,status,end_is_scheduled,acting,source\nbc:olga,pl-minister,2024-13-01,2025-02,ended,no,yes,Paper B\n,pl-minister,2020,,ended,no,no,Paper B\n");
        _temp.Write("cur/aliases.csv", "entity,alias,kind,valid_from,valid_to,source,url,retrieved,note\nbc:olga,the minister,description,2024-01-05,2025-02,Paper C,https://example.org/c,2026-01-03,\n");

        var result = new CuratedCsvImporter().Import(new ImportSource(_temp.File("cur"), "curated", "https://example.org/fallback", "2026-01-01"));

        var olga = ImportAssert.Entity(result, "bc:olga");
        Assert.Equal(new Citation("Paper A", "https://example.org/a", "persons.csv line 2", "2026-01-02"), Assert.Single(olga.Citations));
        Assert.Equal("checked", olga.First(Props.Notes));
        Assert.Empty(olga.Values(Props.Nationality));
        ImportAssert.ProblemAt(result, 2, "nationality 'xx' is not a known country");
        ImportAssert.ProblemAt(result, 3, "name is empty");
        var term = Assert.Single(result.Entities, e => e.Schema == Schemas.Occupancy);
        Assert.Null(term.First(Props.StartDate));
        Assert.Equal("2025-02", term.First(Props.EndDate));
        Assert.True(term.Flag(Props.Acting));
        Assert.Equal(new Citation("Paper B", "https://example.org/fallback", "occupancies.csv line 2", "2026-01-01"), Assert.Single(term.Citations));
        Assert.Contains(result.Problems, p => p.File.EndsWith("occupancies.csv", StringComparison.Ordinal) && p.Line == 2 && p.Reason.Contains("start_date '2024-13-01' is not an ISO date; the row is kept without it", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.File.EndsWith("occupancies.csv", StringComparison.Ordinal) && p.Line == 3 && p.Reason.Contains("holder is empty", StringComparison.Ordinal));
        var alias = new NameAlias(Assert.Single(result.Entities, e => e.Schema == Schemas.NameAlias));
        Assert.Equal(("bc:olga", "the minister", "description"), (alias.EntityId, alias.Name, alias.Kind));
        Assert.Equal("2024-01-05", alias.ValidFrom?.ToString());
        ImportAssert.AllCited(result);
    }

    [Fact]
    public void The_committed_curated_facts_import_without_problems_and_every_reference_resolves()
    {
        var result = new CuratedCsvImporter().Import(new ImportSource(Path.Combine(RepoPaths.Root, "data", "kb", "curated"), "curated"));

        Assert.Empty(result.Problems);
        var ids = result.Entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        Assert.All(result.Entities.Where(e => e.Schema == Schemas.Occupancy), e => Assert.Contains(e.First(Props.Post)!, ids));
        ImportAssert.AllCited(result);
    }

    [Fact]
    public void Rows_parked_in_the_unverified_subfolder_are_not_loaded()
    {
        // data/kb/curated/unverified/ holds facts no stored source confirmed; kb build must never see them.
        const string header = "id,name,aliases,wikidata_id,birth_date,nationality,source,url,retrieved,note\n";
        _temp.Write("cur/persons.csv", header + "bc:sourced,Sourced Person,,,,pl,Paper A,https://example.org/a,2026-01-02,\n");
        _temp.Write("cur/unverified/persons.csv", header + "bc:unsourced,Unsourced Person,,,,pl,general knowledge,,,not found\n");

        var result = new CuratedCsvImporter().Import(new ImportSource(_temp.File("cur"), "curated"));

        Assert.Equal("bc:sourced", Assert.Single(result.Entities).Id);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void A_missing_folder_is_one_problem_not_an_exception()
    {
        var result = new CuratedCsvImporter().Import(new ImportSource(_temp.File("nowhere"), "curated"));

        Assert.Empty(result.Entities);
        Assert.Equal(0, Assert.Single(result.Problems).Line);
    }
}
