namespace Backchannel.Tests.Dates;

/// <summary>
/// Value conventions chosen where TimeML leaves room and the TBAQ annotation mostly agrees: recurring weekday
/// nights, possessive weekdays, duration units, approximate and future points. The document date is Wednesday
/// 21 January 2026.
/// </summary>
public sealed class ConventionTests
{
    [Fact]
    public void A_weekday_with_a_plural_part_of_day_recurs()
        => Assert.Equal("Thursday evenings|SET|XXXX-WXX-4TEV", TimexAssert.One("The ferry sails on Thursday evenings."));

    [Fact]
    public void A_weekday_joined_to_a_recurring_one_recurs_too()
        => Assert.Equal(
            ["Friday|SET|XXXX-WXX-5TNI", "Saturday nights|SET|XXXX-WXX-6TNI"],
            TimexAssert.Find("Trains will run late on Friday and Saturday nights."));

    [Fact]
    public void A_weekday_in_the_possessive_has_already_happened_even_in_a_future_clause()
        => Assert.Equal(
            "Monday|DATE|2026-01-19",
            TimexAssert.One("The opposition will try to overturn Monday's verdict in a higher court."));

    [Fact]
    public void A_plain_weekday_in_a_future_clause_still_points_forward()
        => Assert.Equal(
            "Monday|DATE|2026-01-26",
            TimexAssert.One("The opposition will try to overturn the verdict on Monday."));

    [Theory]
    [InlineData("Profits shrank in the past two quarters.", "the past two quarters|DURATION|P2Q")]
    [InlineData("The fund pays out every quarter.", "every quarter|SET|P1Q")]
    [InlineData("The tribes fought over the valley for centuries.", "centuries|DURATION|PXC")]
    [InlineData("The recipe has been kept secret for three thousand years.", "three thousand years|DURATION|P3L")]
    [InlineData("The tree has stood for three hundred years.", "three hundred years|DURATION|P300Y")]
    public void Durations_keep_quarter_century_and_millennium_units(string text, string expected)
        => Assert.Equal(expected, TimexAssert.One(text));

    [Fact]
    public void Then_current_is_a_past_present()
        => Assert.Equal("then current|DATE|PAST_REF", TimexAssert.One("Holders could buy shares at half the then current price."));

    [Fact]
    public void Current_alone_stays_the_present()
        => Assert.Equal("current|DATE|PRESENT_REF", TimexAssert.One("Holders could buy shares at half the current price."));

    [Fact]
    public void Or_so_before_ago_keeps_the_point_and_marks_it_approximate()
        => Assert.Equal("a month or so ago|DATE|2025-12|APPROX", TimexAssert.One("The two sides met a month or so ago in Oslo."));

    [Fact]
    public void One_day_after_a_modal_is_the_future()
        => Assert.Equal("one day|DATE|FUTURE_REF", TimexAssert.One("She said the region could one day become a trading hub."));

    [Fact]
    public void One_day_as_a_length_stays_a_duration()
        => Assert.Equal("one day|DURATION|P1D", TimexAssert.One("The strike lasted one day."));

    [Fact]
    public void In_a_count_of_years_in_a_future_clause_is_that_year()
        => Assert.Equal("four years|DATE|2030", TimexAssert.One("The bonds will be repaid in four years."));

    [Fact]
    public void In_a_count_of_weeks_in_a_past_clause_stays_a_duration()
        => Assert.Equal("two weeks|DURATION|P2W", TimexAssert.One("It was his third letter in two weeks."));

    [Fact]
    public void A_part_of_day_before_yesterday_makes_one_time()
        => Assert.Equal(
            "mid-afternoon yesterday|TIME|2026-01-20TAF|MID",
            TimexAssert.One("In Tokyo at mid-afternoon yesterday, the yen was weaker."));

    [Fact]
    public void Counted_things_per_unit_are_a_rate()
        => Assert.Equal("a day|SET|P1D", TimexAssert.One("Officers are doing hundreds of interviews a day."));

    [Fact]
    public void A_plural_noun_without_a_count_before_a_unit_is_not_a_rate()
        => Assert.Equal("a day|DURATION|P1D", TimexAssert.One("The talks paused for a day."));

    [Fact]
    public void The_first_two_quarters_of_a_year_are_its_first_half()
        => Assert.Equal(
            "the first two quarters of 2027|DATE|2027-H1",
            TimexAssert.One("Demand should stay weak through the first two quarters of 2027."));
}
