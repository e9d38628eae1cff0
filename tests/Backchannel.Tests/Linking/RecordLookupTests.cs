using Backchannel.Knowledge;
using Backchannel.Linking;
using Backchannel.Tests.Knowledge;

namespace Backchannel.Tests.Linking;

public sealed class RecordLookupTests
{
    private static readonly DateOnly Day = LinkFixture.Day("2026-01-21");

    private static RecordLookup Records(KnowledgeBase? kb = null) => new EntityLinker(kb ?? LinkFixture.Kb).Records;

    [Fact]
    public void An_exact_name_gives_every_holder_in_record_order_and_the_same_answer_later()
    {
        var records = Records();
        var found = records.Find("mark dorn", Day, withThe: false, person: true);

        Assert.Equal(["bc:mark-dorn-us", "bc:mark-dorn-gb"], found.Select(c => c.Entity.Id));
        Assert.All(found, c => Assert.Equal("exact", c.Match));
        Assert.Same(found, records.Find("mark dorn", Day, withThe: false, person: true));
    }

    [Fact]
    public void A_name_the_record_does_not_know_gives_nothing() =>
        Assert.Empty(Records().Find("quentin voss", Day, withThe: true, person: true));

    [Fact]
    public void A_name_recorded_with_an_article_is_found_only_after_the()
    {
        var records = Records();
        Assert.Empty(records.Find("lindenhaus", Day, withThe: false, person: false));
        Assert.Equal("bc:ua-office", Assert.Single(records.Find("lindenhaus", Day, withThe: true, person: false)).Entity.Id);
    }

    [Fact]
    public void Another_romanisation_is_found_as_a_loose_match()
    {
        var found = Assert.Single(Records().Find("taras hnatjuk", Day, withThe: false, person: true));
        Assert.Equal(("bc:taras-hnatiuk", "loose"), (found.Entity.Id, found.Match));
    }

    [Fact]
    public void Given_name_and_surname_find_a_person_recorded_with_a_middle_name_only_for_a_person_mention()
    {
        var kb = KnowledgeBase.From([.. KbFixture.Countries, KbFixture.Person("bc:oleh-sirenko", "Oleh Petrovych Sirenko", "ua")]);
        var records = Records(kb);

        var found = Assert.Single(records.Find("oleh sirenko", Day, withThe: false, person: true));
        Assert.Equal(("bc:oleh-sirenko", "given"), (found.Entity.Id, found.Match));
        Assert.Empty(records.Find("oleh sirenko", Day, withThe: false, person: false));
    }
}
