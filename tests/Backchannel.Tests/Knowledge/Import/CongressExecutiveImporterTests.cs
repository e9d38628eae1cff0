using Backchannel.Knowledge.Import;
using Backchannel.Knowledge.Import.CongressExecutive;
using Backchannel.Knowledge.Model;
using Backchannel.Tests.Support;

namespace Backchannel.Tests.Knowledge.Import;

public sealed class CongressExecutiveImporterTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [SharedDataFact("data/kb/congress-legislators")]
    public void Presidents_and_vice_presidents_get_terms_and_a_sitting_term_end_is_scheduled()
    {
        var result = new CongressExecutiveImporter().Import(new ImportSource(ImportAssert.SharedKb("congress-legislators", "executive.json"), "congress-legislators", null, "2026-06-15"));

        Assert.Empty(result.Problems);
        var biden = ImportAssert.Entity(result, "Q6279");
        Assert.Equal("1942-11-20", biden.First(Props.BirthDate));
        Assert.Contains("Joe Biden", biden.Values(Props.Alias));
        var vp1 = ImportAssert.Term(result, "Q6279", CongressExecutiveImporter.VicePresident, "2009-01-20");
        var vp2 = ImportAssert.Term(result, "Q6279", CongressExecutiveImporter.VicePresident, "2013-01-20");
        Assert.Equal(("2013-01-20", "ended"), (vp1.First(Props.EndDate), vp1.First(Props.Status)));
        Assert.Equal("2017-01-20", vp2.First(Props.EndDate));
        var trump = ImportAssert.Term(result, "Q22686", CongressExecutiveImporter.President, "2025-01-20");
        Assert.Equal(("2029-01-20", "current", true), (trump.First(Props.EndDate), trump.First(Props.Status), trump.Flag(Props.EndIsScheduled)));
        Assert.False(ImportAssert.Term(result, "Q22686", CongressExecutiveImporter.President, "2017-01-20").Flag(Props.EndIsScheduled));
        Assert.Contains(result.Entities, e => e.Id == "bioguide:W000178" && e.Caption == "George Washington");
        Assert.Equal("head_of_state", ImportAssert.Entity(result, CongressExecutiveImporter.President).First(Props.Role));
        ImportAssert.AllCited(result);
    }

    [Fact]
    public void A_person_without_a_last_name_and_a_term_without_a_start_are_reported_by_record_number()
    {
        var path = _temp.Write("executive.json", """
            [
              {"id": {"bioguide": "X1"}, "name": {"first": "Nobody"}, "terms": []},
              {"id": {"wikidata": "Q1"}, "name": {"first": "Anna", "last": "Sample"}, "bio": {"birthday": "1950-02-30"},
               "terms": [{"type": "prez", "start": "2001-01-20", "end": "2005-01-20"}, {"type": "prez", "end": "2009-01-20"}, {"type": "king", "start": "2009-01-20"}]}
            ]
            """);

        var result = new CongressExecutiveImporter().Import(new ImportSource(path, "test", null, "2026-01-01"));

        ImportAssert.ProblemAt(result, 1, "without an id or a last name");
        ImportAssert.ProblemAt(result, 2, "birthday '1950-02-30' is not an ISO date");
        ImportAssert.ProblemAt(result, 2, "Q1 term 2");
        ImportAssert.ProblemAt(result, 2, "Q1 term 3");
        Assert.Null(ImportAssert.Entity(result, "Q1").First(Props.BirthDate));
        Assert.Equal("ended", ImportAssert.Term(result, "Q1", CongressExecutiveImporter.President, "2001-01-20").First(Props.Status));
    }

    [Fact]
    public void Yaml_and_broken_json_are_one_problem_each()
    {
        var yaml = new CongressExecutiveImporter().Import(new ImportSource(_temp.Write("executive.yaml", "- id: {}\n"), "test"));
        var broken = new CongressExecutiveImporter().Import(new ImportSource(_temp.Write("broken.json", "[{"), "test"));

        Assert.Contains("executive.json", Assert.Single(yaml.Problems).Reason, StringComparison.Ordinal);
        Assert.Contains("cannot read", Assert.Single(broken.Problems).Reason, StringComparison.Ordinal);
    }
}
