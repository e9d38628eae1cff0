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
    public void A_quarter_brought_in_with_a_does_not_replace_the_reported_one()
        => Assert.Equal(
            ["third-quarter|DATE|2025-Q3", "second quarter|DATE|2025-Q2", "a year ago|DATE|2024-Q3"],
            TimexAssert.Find("The mill reported third-quarter profit after a weak second quarter. Costs were lower than a year ago.", November));

    [Fact]
    public void A_quarter_with_its_own_year_does_not_replace_the_reported_one()
        => Assert.Equal(
            ["third-quarter|DATE|2025-Q3", "the third quarter of 2026|DATE|2026-Q3", "the year-ago period|DATE|2024-Q3"],
            TimexAssert.Find("The mill reported third-quarter profit and sees losses through the third quarter of 2026. In the year-ago period it lost money.", November));

    [Fact]
    public void A_later_quarter_without_year_or_article_takes_over()
        => Assert.Equal(
            ["third-quarter|DATE|2025-Q3", "the second quarter|DATE|2025-Q2", "a year ago|DATE|2024-Q2"],
            TimexAssert.Find("The mill reported third-quarter profit. Its rival lost money in the second quarter, against a profit a year ago.", November));

    [Fact]
    public void The_corresponding_period_last_year_is_the_quarter_in_play_a_year_back()
        => Assert.Equal(
            ["the third quarter|DATE|2025-Q3", "the corresponding period last year|DATE|2024-Q3"],
            TimexAssert.Find("The bank lost money in the third quarter, against a profit for the corresponding period last year.", November));

    [Fact]
    public void The_comparable_year_ago_quarter_is_one_timex()
        => Assert.Equal(
            ["the third quarter|DATE|2025-Q3", "the comparable year-ago quarter|DATE|2024-Q3"],
            TimexAssert.Find("The bank lost money in the third quarter. In the comparable year-ago quarter it earned $3 million.", November));

    [Fact]
    public void The_year_earlier_nine_months_is_a_duration()
        => Assert.Equal(
            ["the third quarter|DATE|2025-Q3", "the year-earlier nine months|DURATION|P9M"],
            TimexAssert.Find("The bank lost money in the third quarter. Net for the year-earlier nine months included a gain.", November));

    [Fact]
    public void A_quarter_in_a_forward_looking_clause_does_not_replace_the_reported_one()
        => Assert.Equal(
            ["third-quarter|DATE|2025-Q3", "the fourth quarter|DATE|2025-Q4", "the year-ago period|DATE|2024-Q3"],
            TimexAssert.Find("The mill reported third-quarter profit. It said the slump will last into the fourth quarter. In the year-ago period it lost money.", November));

    [Fact]
    public void The_reported_quarter_sets_a_year_ago_four_sentences_on()
        => Assert.Equal(
            ["third-quarter|DATE|2025-Q3", "A year earlier|DATE|2024-Q3"],
            TimexAssert.Find(
                "The driller posted a third-quarter loss. It cited weak gas prices. It also wrote off leases. Interest costs rose too. A year earlier, it earned $2 million.",
                November));

    [Fact]
    public void After_the_nine_months_a_year_earlier_is_the_year()
        => Assert.Equal(
            ["the third quarter|DATE|2025-Q3", "the nine months|DURATION|P9M", "a year earlier|DATE|2024"],
            TimexAssert.Find("The bank earned more in the third quarter. For the nine months, profit rose to $9 million from $7 million a year earlier.", November));

    [Fact]
    public void After_the_nine_months_the_year_earlier_period_is_nine_months()
        => Assert.Equal(
            ["the third quarter|DATE|2025-Q3", "the nine months|DURATION|P9M", "the year-earlier period|DURATION|P9M"],
            TimexAssert.Find("The bank earned more in the third quarter. For the nine months, profit rose. In the year-earlier period it lost money.", November));

    [Fact]
    public void After_the_first_nine_months_the_year_named_period_is_that_year()
        => Assert.Equal(
            ["the third quarter|DATE|2025-Q3", "the first nine months|DURATION|P9M", "the 2024 period|DATE|2024"],
            TimexAssert.Find("The bank earned more in the third quarter. In the first nine months, net rose, against a loss in the 2024 period.", November));

    [Fact]
    public void After_last_year_is_named_the_year_earlier_results_are_that_year()
        => Assert.Equal(
            ["third-quarter|DATE|2025-Q3", "Last year|DATE|2024", "The year-earlier|DATE|2024"],
            TimexAssert.Find("The insurer's third-quarter profit fell. Last year storm losses were small. The year-earlier results were restated.", November));

    [Fact]
    public void An_appositive_quarter_restates_the_year_ago_quarter_and_its_closing_day()
        => Assert.Equal(
            ["the third quarter|DATE|2025-Q3", "the comparable year-ago quarter|DATE|2024-Q2", "the second quarter|DATE|2024-Q2", "Oct. 31|DATE|2024-10-31"],
            TimexAssert.Find("The chain expects a profit for the third quarter. In the comparable year-ago quarter, the second quarter ended Oct. 31, it lost money.", November));

    [Fact]
    public void A_quarter_after_a_comma_without_a_year_ago_quarter_before_it_is_resolved_as_usual()
        => Assert.Equal(
            ["Tuesday|DATE|2025-11-11", "the second quarter|DATE|2025-Q2"],
            TimexAssert.Find("The chain said Tuesday, the second quarter was its best.", November));

    [Fact]
    public void The_last_half_of_a_year_is_its_second_half()
        => Assert.Equal("the last half of 2025|DATE|2025-H2", TimexAssert.One("Earnings will be weaker for the last half of 2025.", November));
}
