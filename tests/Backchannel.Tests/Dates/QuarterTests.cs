namespace Backchannel.Tests.Dates;

/// <summary>Quarters and halves in results reporting (document date Wednesday 21 January 2026 unless named).</summary>
public sealed class QuarterTests
{
    private static readonly DateOnly November = new(2025, 11, 14);

    [Fact]
    public void The_quarter_ended_a_month_is_the_calendar_quarter_of_its_middle_month()
        => Assert.Equal(
            ["the quarter|DATE|2025-Q3", "Sept. 30|DATE|2025-09-30"],
            TimexAssert.Find("The brewer earned more in the quarter ended Sept. 30.", November));

    [Fact]
    public void A_fiscal_quarter_ended_at_a_month_end_off_the_calendar_takes_the_quarter_holding_most_of_it()
        => Assert.Equal(
            ["the quarter|DATE|2025-Q2", "July 31|DATE|2025-07-31"],
            TimexAssert.Find("The retailer lost money in the quarter ended July 31.", November));

    [Fact]
    public void The_year_ago_third_quarter_is_a_year_before_the_quarter_in_play()
        => Assert.Equal(
            ["third-quarter|DATE|2025-Q3", "the year-ago third quarter|DATE|2024-Q3"],
            TimexAssert.Find("The miner posted third-quarter profit. In the year-ago third quarter it lost money.", November));

    [Fact]
    public void The_quarter_a_year_ago_is_one_timex()
        => Assert.Equal(
            ["the third quarter|DATE|2025-Q3", "the quarter a year ago|DATE|2024-Q3"],
            TimexAssert.Find("The bank lost money in the third quarter. For the quarter a year ago, it earned $3 million.", November));

    [Fact]
    public void Last_years_quarter_is_the_quarter_in_play_last_year()
        => Assert.Equal(
            ["the third quarter|DATE|2025-Q3", "last year's quarter|DATE|2024-Q3"],
            TimexAssert.Find("Sales fell in the third quarter. Sales for last year's quarter were higher.", November));

    [Fact]
    public void The_current_quarter_is_the_quarter_of_the_document_date()
        => Assert.Equal(
            ["the third quarter|DATE|2025-Q3", "the current quarter|DATE|2025-Q4"],
            TimexAssert.Find("Profit rose in the third quarter, and the current quarter began well.", November));

    [Fact]
    public void The_last_half_of_a_year_is_its_second_half()
        => Assert.Equal("the last half of 2025|DATE|2025-H2", TimexAssert.One("Earnings will be weaker for the last half of 2025.", November));
}
