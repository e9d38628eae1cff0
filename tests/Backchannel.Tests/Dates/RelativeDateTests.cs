namespace Backchannel.Tests.Dates;

public sealed class RelativeDateTests
{
    [Theory]
    [InlineData("The minister resigned yesterday.", "yesterday|DATE|2026-01-20")]
    [InlineData("The minister resigns today.", "today|DATE|2026-01-21")]
    [InlineData("The minister resigns tomorrow.", "tomorrow|DATE|2026-01-22")]
    [InlineData("Talks stalled last week.", "last week|DATE|2026-W03")]
    [InlineData("Talks resume next month.", "next month|DATE|2026-02")]
    [InlineData("The treaty was signed a year ago.", "a year ago|DATE|2025")]
    [InlineData("Inflation fell this year.", "this year|DATE|2026")]
    [InlineData("Inflation fell last year.", "last year|DATE|2025")]
    [InlineData("Prices are high now.", "now|DATE|PRESENT_REF")]
    [InlineData("Prices rose recently.", "recently|DATE|PAST_REF")]
    [InlineData("Such talks failed in the past.", "the past|DATE|PAST_REF")]
    [InlineData("Prices are currently high.", "currently|DATE|PRESENT_REF")]
    [InlineData("Talks may resume in the future.", "the future|DATE|FUTURE_REF")]
    [InlineData("The envoy left three days ago.", "three days ago|DATE|2026-01-18")]
    [InlineData("Growth slowed early next year.", "early next year|DATE|2027|START")]
    public void Relative_expressions_resolve_against_the_document_date(string text, string expected)
        => Assert.Equal(expected, TimexAssert.One(text));

    [Fact]
    public void A_weekday_in_a_past_tense_sentence_points_back()
        => Assert.Equal("Thursday|DATE|2026-01-15", TimexAssert.One("The delegations met on Thursday."));

    [Fact]
    public void A_weekday_in_a_future_tense_sentence_points_forward()
        => Assert.Equal("Thursday|DATE|2026-01-22", TimexAssert.One("The delegations will meet on Thursday."));

    [Fact]
    public void The_document_date_weekday_itself_is_today_in_the_past_tense()
        => Assert.Equal("Wednesday|DATE|2026-01-21", TimexAssert.One("The envoy landed Wednesday."));

    [Fact]
    public void A_month_points_back_in_the_past_tense_and_forward_in_the_future_tense()
    {
        Assert.Equal("July|DATE|2025-07", TimexAssert.One("The ceasefire collapsed in July."));
        Assert.Equal("July|DATE|2026-07", TimexAssert.One("The summit will be held in July."));
        Assert.Equal("July|DATE|2026-07", TimexAssert.One("Leaders are going to meet in July."));
    }

    [Fact]
    public void A_deadline_after_by_or_until_lies_ahead()
        => Assert.Equal("March|DATE|2026-03", TimexAssert.One("Troops were told to withdraw by March."));

    [Fact]
    public void The_following_day_counts_from_the_date_last_mentioned()
        => Assert.Equal(
            ["Jan. 5|DATE|2026-01-05", "The following day|DATE|2026-01-06"],
            TimexAssert.Find("The talks opened on Jan. 5. The following day the envoys left."));

    [Fact]
    public void Two_days_earlier_counts_from_the_date_last_mentioned()
        => Assert.Equal(
            ["Jan. 10|DATE|2026-01-10", "two days earlier|DATE|2026-01-08"],
            TimexAssert.Find("The deal closed on Jan. 10, two days earlier than planned."));

    [Fact]
    public void Without_a_document_date_relative_values_keep_placeholders_and_are_unanchored()
    {
        Assert.Equal(["yesterday|DATE|XXXX-XX-XX", "last year|DATE|XXXX"], TimexAssert.Find("He left yesterday, as he did last year.", null));
        Assert.False(Assert.Single(Backchannel.Dates.TimexRecognizer.Recognize("They met Tuesday.", null)).Anchored);
    }
}
