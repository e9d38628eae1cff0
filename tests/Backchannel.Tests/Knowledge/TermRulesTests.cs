using Backchannel.Knowledge.Model;

namespace Backchannel.Tests.Knowledge;

public sealed class TermRulesTests
{
    private static readonly Backchannel.Knowledge.KnowledgeBase Kb = KbFixture.Build();

    private static DateOnly Day(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void On_the_day_of_a_handover_both_holders_are_returned_and_marked()
    {
        var holders = Kb.HoldersOn("ua-foreign-minister", Day("2024-09-05"));

        Assert.Equal(2, holders.Count);
        Assert.Contains(holders, h => h.Term.HolderId == "bc:olena-marchuk" && h.Check.Certainty == TermCertainty.EndedThatDay);
        Assert.Contains(holders, h => h.Term.HolderId == "bc:taras-hnatiuk" && h.Check.Certainty == TermCertainty.StartedThatDay);
    }

    [Fact]
    public void The_day_after_a_handover_only_the_successor_holds_the_post()
    {
        var holder = Assert.Single(Kb.HoldersOn("ua-foreign-minister", Day("2024-09-06")));

        Assert.Equal("bc:taras-hnatiuk", holder.Term.HolderId);
        Assert.Equal(TermCertainty.Holds, holder.Check.Certainty);
    }

    [Fact]
    public void An_open_ended_term_holds_years_later()
    {
        var holder = Assert.Single(Kb.HoldersOn("ua-foreign-minister", Day("2026-01-21")));

        Assert.Equal("bc:taras-hnatiuk", holder.Term.HolderId);
        Assert.Equal("open-ended term", holder.Check.Reason);
    }

    [Fact]
    public void A_month_precision_start_is_uncertain_inside_that_month_and_certain_after_it()
    {
        var inside = Assert.Single(Kb.HoldersOn("ua-mfa-spokesperson", Day("2022-03-10")));
        var after = Assert.Single(Kb.HoldersOn("ua-mfa-spokesperson", Day("2022-04-01")));

        Assert.Equal(TermCertainty.Uncertain, inside.Check.Certainty);
        Assert.Contains("month", inside.Check.Reason, StringComparison.Ordinal);
        Assert.Equal(TermCertainty.Holds, after.Check.Certainty);
        Assert.Empty(Kb.HoldersOn("ua-mfa-spokesperson", Day("2022-02-28")));
    }

    [Fact]
    public void A_scheduled_end_holds_before_it_and_is_uncertain_once_it_has_passed()
    {
        var before = Assert.Single(Kb.HoldersOn("fr-president", Day("2026-01-20")));
        var after = Assert.Single(Kb.HoldersOn("fr-president", Day("2027-06-01")));

        Assert.Equal(TermCertainty.Holds, before.Check.Certainty);
        Assert.Equal(TermCertainty.Uncertain, after.Check.Certainty);
        Assert.Contains("scheduled", after.Check.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_year_precision_end_is_uncertain_during_that_year_and_over_after_it()
    {
        var term = new Occupancy(KbFixture.Term("p", "post", "2019-01-01", "2023"));

        Assert.Equal(TermCertainty.Holds, term.On(Day("2022-12-31")).Certainty);
        Assert.Equal(TermCertainty.Uncertain, term.On(Day("2023-07-01")).Certainty);
        Assert.Equal(TermCertainty.NotHeld, term.On(Day("2024-01-01")).Certainty);
    }

    [Fact]
    public void An_ended_term_without_an_end_date_is_uncertain_but_not_before_its_start()
    {
        var term = new Occupancy(KbFixture.Term("p", "post", "2019-01-01", null, "ended"));

        Assert.Equal(TermCertainty.Uncertain, term.On(Day("2025-01-01")).Certainty);
        Assert.Equal(TermCertainty.NotHeld, term.On(Day("2018-12-31")).Certainty);
    }

    [Fact]
    public void A_term_with_no_start_is_uncertain_until_its_known_end_and_over_after_it()
    {
        var term = new Occupancy(KbFixture.Term("p", "post", null, "2020-06-30", "ended"));

        Assert.Equal(TermCertainty.Uncertain, term.On(Day("2020-01-01")).Certainty);
        Assert.Equal(TermCertainty.NotHeld, term.On(Day("2020-07-01")).Certainty);
    }

    [Fact]
    public void Overlapping_roles_of_one_person_are_all_returned_and_acting_is_kept()
    {
        var kb = Backchannel.Knowledge.KnowledgeBase.From(
        [
            KbFixture.Person("bc:a", "Anna Example", "pl"),
            KbFixture.Position("pl-foreign-minister", "Minister of Foreign Affairs of Poland", "pl", "foreign_minister"),
            KbFixture.Position("pl-head-of-government", "Prime Minister of Poland", "pl", "head_of_government"),
            KbFixture.Term("bc:a", "pl-foreign-minister", "2021-01-01", null, "current"),
            KbFixture.Term("bc:a", "pl-head-of-government", "2023-02-01", "2023-03-01", "ended", acting: true),
        ]);

        var roles = kb.RolesOn("bc:a", Day("2023-02-15"));

        Assert.Equal(2, roles.Count);
        Assert.True(Assert.Single(roles, r => r.Term.PostId == "pl-head-of-government").Term.Acting);
        Assert.Single(kb.RolesOn("bc:a", Day("2023-04-01")));
    }
}
