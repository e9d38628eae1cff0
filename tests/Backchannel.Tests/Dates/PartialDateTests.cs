namespace Backchannel.Tests.Dates;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData("The reform began in 2014.", "2014|DATE|2014")]
    [InlineData("The pact expires in late 2025.", "late 2025|DATE|2025|END")]
    [InlineData("The law passed in March 2022.", "March 2022|DATE|2022-03")]
    [InlineData("It was common in the early 1990s.", "the early 1990s|DATE|199|START")]
    [InlineData("It was common in the 1990s.", "the 1990s|DATE|199")]
    [InlineData("It was common in the '90s.", "the '90s|DATE|199")]
    [InlineData("The deal was struck in summer 2024.", "summer 2024|DATE|2024-SU")]
    [InlineData("Growth slowed in mid-2023.", "mid-2023|DATE|2023|MID")]
    [InlineData("Aid rose in the 20th century.", "the 20th century|DATE|19")]
    [InlineData("Budgets were cut in fiscal 2019.", "fiscal 2019|DATE|2019")]
    [InlineData("Sales slipped in the second half of 2025.", "the second half of 2025|DATE|2025-H2")]
    [InlineData("Talks broke down at the end of 2024.", "the end of 2024|DATE|2024|END")]
    public void Partial_dates_keep_their_own_precision(string text, string expected)
        => Assert.Equal(expected, TimexAssert.One(text));

    [Fact]
    public void A_quarter_without_a_year_is_the_latest_one_begun_by_the_document_date()
    {
        Assert.Equal("the first quarter|DATE|2025-Q1", TimexAssert.One("Exports fell in the first quarter.", new DateOnly(2025, 11, 3)));
        Assert.Equal("fourth-quarter|DATE|2025-Q4", TimexAssert.One("The firm posted fourth-quarter losses.", new DateOnly(2026, 1, 21)));
    }

    [Fact]
    public void This_week_is_the_iso_week_of_the_document_date()
        => Assert.Equal("this week|DATE|2026-W04", TimexAssert.One("Ministers met this week."));

    [Fact]
    public void The_weekend_in_a_past_sentence_is_the_one_just_gone()
        => Assert.Equal("the weekend|DATE|2026-W03-WE", TimexAssert.One("Protests spread over the weekend."));

    [Fact]
    public void A_bare_season_with_a_preposition_is_resolved_and_the_verb_fall_is_not_a_season()
    {
        Assert.Equal("summer|DATE|2025-SU", TimexAssert.One("Fighting eased in summer."));
        Assert.Empty(TimexAssert.Find("Prices may fall sharply."));
    }
}
