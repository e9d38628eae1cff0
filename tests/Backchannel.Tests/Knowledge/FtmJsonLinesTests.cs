using Backchannel.Knowledge.Files;
using Backchannel.Knowledge.Import;
using Backchannel.Knowledge.Model;
using Backchannel.Tests.Support;

namespace Backchannel.Tests.Knowledge;

public sealed class FtmJsonLinesTests
{
    [Theory]
    [InlineData("kb.ftm.jsonl")]
    [InlineData("kb.ftm.jsonl.gz")]
    public void Entities_round_trip_with_their_citations_aligned(string fileName)
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, fileName);
        var person = new KbEntityBuilder(Schemas.Person, "bc:x").Add(Props.Name, "Xenia Example").Add(Props.Alias, "X. Example")
            .Cite(new Citation("Dataset A", null, "row 4", "2026-01-01"))
            .Cite(new Citation("Outlet B", "https://example.org/b", null, null))
            .Build();

        FtmJsonLines.Write(path, [person, KbFixture.Term("bc:x", "post", "2020-01", null)]);
        var read = FtmJsonLines.Read(new ImportSource(path, "unused"));

        Assert.Empty(read.Problems);
        var back = Assert.Single(read.Entities, e => e.Id == "bc:x");
        Assert.Equal(["X. Example"], back.Values(Props.Alias).AsEnumerable());
        Assert.Equal(
            [new Citation("Dataset A", null, "row 4", "2026-01-01"), new Citation("Outlet B", "https://example.org/b", null, null)],
            back.Citations.AsEnumerable());
    }

    [Fact]
    public void Bad_lines_are_reported_with_their_numbers_and_the_rest_is_read()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "mixed.jsonl");
        File.WriteAllLines(path,
        [
            """{"id": "a", "schema": "Person", "properties": {"name": ["Ana"]}}""",
            """{"id": "b", "schema": "Person", "properties": {"name": ["Bo"]""",
            """{"schema": "Person", "properties": {}}""",
            "",
            """{"id": "c", "schema": "Person", "properties": {"name": [1]}}""",
            """{"id": "d", "schema": "Organization", "caption": "Dee Org", "properties": {"name": "Dee Org"}}""",
        ]);

        var result = FtmJsonLines.Read(new ImportSource(path, "mixed set", "https://example.org/set", "2026-11-22"));

        Assert.Equal(["a", "d"], result.Entities.Select(e => e.Id));
        Assert.Equal([2L, 3L, 5L], result.Problems.Select(p => p.Line));
        Assert.Contains("missing \"id\"", result.Problems[1].Reason, StringComparison.Ordinal);
        // Entities without citations of their own are cited to the file they came from.
        Assert.Equal(new Citation("mixed set", "https://example.org/set", "line 1", "2026-11-22"), Assert.Single(result.Entities[0].Citations));
    }

    [Fact]
    public void A_missing_file_is_one_problem_not_an_exception()
    {
        var result = new FtmJsonLinesImporter().Import(new ImportSource("/nonexistent/kb.jsonl", "x"));

        var problem = Assert.Single(result.Problems);
        Assert.Equal("/nonexistent/kb.jsonl", problem.File);
        Assert.Empty(result.Entities);
    }
}
