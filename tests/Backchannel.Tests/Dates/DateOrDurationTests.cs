namespace Backchannel.Tests.Dates;

/// <summary>When a span of time is a DATE (a calendar unit) and when it is a DURATION (document date 21 January 2026).</summary>
public sealed class DateOrDurationTests
{
    [Fact]
    public void The_past_year_is_the_calendar_year_before_the_document_date()
        => Assert.Equal("the past year|DATE|2025", TimexAssert.One("Border incidents rose over the past year."));

    [Fact]
    public void The_next_year_is_the_calendar_year_after_the_document_date()
        => Assert.Equal("the next year|DATE|2027", TimexAssert.One("The plant will close during the next year."));

    [Fact]
    public void The_past_three_years_is_a_duration()
        => Assert.Equal("the past three years|DURATION|P3Y", TimexAssert.One("Border incidents rose over the past three years."));

    [Fact]
    public void The_past_day_stays_a_duration()
        => Assert.Equal("the past day|DURATION|P1D", TimexAssert.One("Shelling eased over the past day."));

    [Fact]
    public void A_count_before_later_is_a_duration_and_later_is_left_out()
        => Assert.Equal("Two weeks|DURATION|P2W", TimexAssert.One("Two weeks later, the ministers met again."));

    [Fact]
    public void A_count_before_ago_is_still_a_date()
        => Assert.Equal("two weeks ago|DATE|2026-W02", TimexAssert.One("The ministers met two weeks ago."));

    [Fact]
    public void The_previous_year_counts_from_the_year_the_story_is_on()
        => Assert.Equal(
            ["2019|DATE|2019", "the previous year|DATE|2018"],
            TimexAssert.Find("Exports collapsed in 2019 after a strong showing in the previous year."));
}
