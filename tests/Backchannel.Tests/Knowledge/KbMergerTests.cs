using Backchannel.Knowledge;
using Backchannel.Knowledge.Import;
using Backchannel.Knowledge.Model;

namespace Backchannel.Tests.Knowledge;

public sealed class KbMergerTests
{
    private static readonly Citation A = new("Source A", null, "row 1", null);
    private static readonly Citation B = new("Source B", null, "row 9", null);

    [Fact]
    public void One_person_from_three_sources_becomes_one_entity_with_every_citation_and_references_follow()
    {
        var fromLeaders = new KbEntityBuilder(Schemas.Person, "Q100").Add(Props.Name, "Petra Nowak").Add(Props.WikidataId, "Q100").Add(Props.Nationality, "pl").Cite(A).Build();
        var fromCurated = new KbEntityBuilder(Schemas.Person, "bc:petra-nowak").Add(Props.Name, "Petra Nowak").Add(Props.WikidataId, "Q100").Add(Props.Alias, "P. Nowak").Cite(B).Build();
        var fromSanctions = new KbEntityBuilder(Schemas.Person, "ofac:1").Add(Props.Name, "Petra Nowak").Add(Props.Nationality, "pl").Add(Props.BirthDate, "1970-02-03").Cite(B with { Publisher = "OFAC" }).Build();
        var listing = new KbEntityBuilder(Schemas.Sanction, "san:1").Add(Props.Entity, "ofac:1").Add(Props.Authority, "US OFAC").Cite(B).Build();

        var merged = KbMerger.Merge([fromLeaders, fromCurated, fromSanctions, listing]);

        var person = Assert.Single(merged, e => e.Schema == Schemas.Person);
        Assert.Equal("Q100", person.Id);
        Assert.Equal(["bc:petra-nowak", "ofac:1"], person.Values(Props.MergedFrom).AsEnumerable());
        Assert.Equal(3, person.Citations.Length);
        Assert.Equal("1970-02-03", person.First(Props.BirthDate));
        Assert.Equal("Q100", Assert.Single(merged, e => e.Schema == Schemas.Sanction).First(Props.Entity));
        KnowledgeBase.From(merged); // ids are unique after merging
    }

    [Fact]
    public void Same_name_with_different_birth_dates_stays_two_people()
    {
        var one = new KbEntityBuilder(Schemas.Person, "ofac:1").Add(Props.Name, "Ivan Petrov").Add(Props.BirthDate, "1960-01-01").Add(Props.Nationality, "ru").Build();
        var two = new KbEntityBuilder(Schemas.Person, "ofac:2").Add(Props.Name, "Ivan Petrov").Add(Props.BirthDate, "1981-05-05").Add(Props.Nationality, "ru").Build();

        Assert.Equal(2, KbMerger.Merge([one, two]).Count);
    }

    [Fact]
    public void Same_name_without_a_shared_nationality_stays_two_people()
    {
        var one = new KbEntityBuilder(Schemas.Person, "x:1").Add(Props.Name, "John Smith").Add(Props.Nationality, "us").Build();
        var two = new KbEntityBuilder(Schemas.Person, "x:2").Add(Props.Name, "John Smith").Add(Props.Nationality, "gb").Build();

        Assert.Equal(2, KbMerger.Merge([one, two]).Count);
    }

    [Fact]
    public void Two_sources_stating_the_same_term_give_one_fact_with_both_citations()
    {
        var post1 = KbFixture.Position("pl-head-of-state", "Head of state of Poland", "pl", "head_of_state");
        var post2 = KbFixture.Position("pl-president", "President of Poland", "pl", "head_of_state");
        var term1 = new KbEntityBuilder(Schemas.Occupancy, "t1").Add(Props.Holder, "Q1").Add(Props.Post, "pl-head-of-state").Add(Props.StartDate, "2020-08-06").Cite(A).Build();
        var term2 = new KbEntityBuilder(Schemas.Occupancy, "t2").Add(Props.Holder, "Q1").Add(Props.Post, "pl-president").Add(Props.StartDate, "2020-08-06").Cite(B).Build();

        var merged = KbMerger.Merge([post1, post2, term1, term2]);

        var position = Assert.Single(merged, e => e.Schema == Schemas.Position);
        Assert.Equal(["Head of state of Poland", "President of Poland"], position.Values(Props.Name).AsEnumerable());
        var term = Assert.Single(merged, e => e.Schema == Schemas.Occupancy);
        Assert.Equal(position.Id, term.First(Props.Post));
        Assert.Equal(2, term.Citations.Length);
    }
}
