namespace Backchannel.Tests.Dates;

/// <summary>
/// Which way a bare weekday or month points, and which quarter a results story means. The document date is
/// Wednesday 21 January 2026 unless a test names another.
/// </summary>
public sealed class AnchoringTests
{
    [Fact]
    public void Next_to_a_building_does_not_make_a_weekday_point_forward()
        => Assert.Equal(
            "Friday|DATE|2026-01-16",
            TimexAssert.One("A car bomb exploded next to the embassy gate on Friday."));

    [Fact]
    public void Next_before_a_calendar_word_still_points_forward()
        => Assert.Equal(
            ["Monday|DATE|2026-01-19", "next week|DATE|2026-W05"],
            TimexAssert.Find("The envoy arrived on Monday and talks open next week."));

    [Fact]
    public void Is_to_resume_points_forward_even_after_a_passive_participle()
        => Assert.Equal(
            "Friday|DATE|2026-01-23",
            TimexAssert.One("The stock, which is being quoted in Zurich, is to resume trading in Frankfurt Friday."));

    [Fact]
    public void Planned_for_a_month_points_forward()
        => Assert.Equal("June|DATE|2026-06", TimexAssert.One("The ministers said the signing was planned for June."));

    [Fact]
    public void Plans_for_a_trip_is_a_noun_and_does_not_point_forward()
        => Assert.Equal(
            "Monday|DATE|2026-01-19",
            TimexAssert.One("On Monday, the envoy set aside holiday plans for the trip."));

    [Fact]
    public void A_plan_seen_from_the_past_perfect_points_back()
        => Assert.Equal(
            "midnight Tuesday|TIME|2026-01-20T24:00",
            TimexAssert.One("The offer had been scheduled to lapse at midnight Tuesday."));

    [Fact]
    public void A_deadline_before_a_clock_and_weekday_points_forward()
        => Assert.Equal(
            "9 a.m. Monday|TIME|2026-01-26T09:00",
            TimexAssert.One("The agency gave the family until 9 a.m. Monday to answer."));

    [Fact]
    public void A_named_weekday_with_a_part_of_day_is_a_date_valued_as_the_day()
        => Assert.Equal("Sunday night|DATE|2026-01-18", TimexAssert.One("The president spoke on television Sunday night."));

    [Fact]
    public void A_deictic_part_of_day_stays_a_time()
        => Assert.Equal("last night|TIME|2026-01-20TNI", TimexAssert.One("The president spoke on television last night."));

    [Fact]
    public void A_had_in_an_earlier_clause_does_not_turn_a_by_deadline_back()
        => Assert.Equal(
            "May|DATE|2026-05",
            TimexAssert.One("The sale, which had been rumoured, is part of a plan to repay the loan by May."));

    [Fact]
    public void A_had_in_the_same_clause_keeps_a_by_deadline_in_the_past()
        => Assert.Equal("Monday|DATE|2026-01-19", TimexAssert.One("The envoys had filed their reports by Monday."));

    [Fact]
    public void The_previous_weekday_counts_back_from_the_day_in_the_story()
        => Assert.Equal(
            ["Friday|DATE|2026-01-16", "the previous Friday|DATE|2026-01-09"],
            TimexAssert.Find("The index closed lower on Friday, down 3% from the previous Friday."));

    [Fact]
    public void The_week_of_a_date_is_that_iso_week()
        => Assert.Equal("the week of March 2|DATE|2026-W10", TimexAssert.One("A hearing may be held the week of March 2."));

    [Fact]
    public void The_current_fiscal_year_is_the_year_of_the_document_date()
        => Assert.Equal("the current fiscal year|DATE|2026", TimexAssert.One("Sales in the current fiscal year should rise."));

    [Fact]
    public void A_reporting_verb_outside_a_quote_does_not_set_the_tense_inside_it()
        => Assert.Equal(
            "Friday|DATE|2026-01-23",
            TimexAssert.One("\"The delegation will fly back to the capital with all of the envoys early on Friday,\" he said."));

    [Fact]
    public void A_past_perfect_right_after_a_fronted_until_keeps_it_in_the_past()
        => Assert.Equal("Monday|DATE|2026-01-19", TimexAssert.One("Until Monday, the police had not named a suspect."));

    [Fact]
    public void The_month_after_the_document_dates_month_is_next_month_even_in_the_past_tense()
        => Assert.Equal("February|DATE|2026-02", TimexAssert.One("The cartel agreed to cut output in February."));

    [Fact]
    public void A_month_further_ahead_in_the_past_tense_is_still_last_year()
        => Assert.Equal("April|DATE|2025-04", TimexAssert.One("The cartel agreed to cut output in April."));

    [Fact]
    public void The_day_before_a_named_day_is_one_day_earlier()
        => Assert.Equal(
            "The day before last Tuesday|DATE|2026-01-19",
            TimexAssert.One("The day before last Tuesday's vote, the envoy met the opposition."));

    [Fact]
    public void Planning_for_a_month_points_forward()
        => Assert.Equal("June|DATE|2026-06", TimexAssert.One("Officials began planning for the summit in June."));
}
