namespace Backchannel.Tests.Dates;

public sealed class ExplicitDateTests
{
    [Theory]
    [InlineData("Signed on January 20, 2026 in the capital.", "January 20, 2026")]
    [InlineData("Signed on Jan. 20, 2026.", "Jan. 20, 2026")]
    [InlineData("Signed on Jan 20 2026.", "Jan 20 2026")]
    [InlineData("Signed on 20 January 2026.", "20 January 2026")]
    [InlineData("Signed on 20 Jan 2026.", "20 Jan 2026")]
    [InlineData("Signed 2026-01-20.", "2026-01-20")]
    [InlineData("Tuesday, January 20, 2026 - a statement.", "Tuesday, January 20, 2026")]
    [InlineData("The January 20th, 2026 session.", "January 20th, 2026")]
    public void Full_dates_in_each_form_normalise_to_the_day(string text, string extent)
        => Assert.Equal($"{extent}|DATE|2026-01-20", TimexAssert.One(text));

    [Fact]
    public void A_day_without_a_year_takes_the_year_of_the_document_date()
        => Assert.Equal("Jan. 20|DATE|2026-01-20", TimexAssert.One("The envoy arrived on Jan. 20."));

    [Fact]
    public void A_past_day_late_in_the_previous_year_stays_in_that_year()
        => Assert.Equal("Dec. 30|DATE|2025-12-30", TimexAssert.One("The talks collapsed on Dec. 30."));

    [Fact]
    public void Leap_days_are_checked_against_the_calendar()
    {
        Assert.Equal("February 29, 2024|DATE|2024-02-29", TimexAssert.One("On February 29, 2024 it was leap day."));
        Assert.DoesNotContain(TimexAssert.Find("February 30, 2025 never existed."), t => t.StartsWith("February 30", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The talks may resume soon enough, officials hope.")]
    [InlineData("Protesters march toward the square.")]
    [InlineData("It was the 56th annual meeting of the club.")]
    [InlineData("Some 1990 troops crossed the border.")]
    [InlineData("Reference 2026-13-01 is a code.")]
    public void Lookalikes_are_not_dates(string text)
        => Assert.DoesNotContain(TimexAssert.Find(text), t => t.Contains("DATE", StringComparison.Ordinal) && !t.Contains("REF", StringComparison.Ordinal));

    [Fact]
    public void A_day_range_in_one_month_gives_two_dates_sharing_the_year()
        => Assert.Equal(["January 19|DATE|2026-01-19", "23, 2026|DATE|2026-01-23"], TimexAssert.Find("The forum runs January 19–23, 2026 in the mountains."));

    [Theory]
    [InlineData("The forum ran 19–23 January 2026 in the mountains.", "19|DATE|2026-01-19", "23 January 2026|DATE|2026-01-23")]
    [InlineData("The forum ran 4 to 6 March 2025 in the mountains.", "4|DATE|2025-03-04", "6 March 2025|DATE|2025-03-06")]
    public void A_day_first_range_gives_two_dates(string sentence, string first, string second)
        => Assert.Equal([first, second], TimexAssert.Find(sentence));

    [Fact]
    public void Year_and_month_ranges_give_two_dates()
    {
        Assert.Equal(["2014|DATE|2014", "2016|DATE|2016"], TimexAssert.Find("He served from 2014 to 2016."));
        Assert.Equal(["March|DATE|2025-03", "May|DATE|2025-05"], TimexAssert.Find("Prices rose between March and May."));
    }

    [Fact]
    public void Without_a_document_date_a_day_without_a_year_keeps_placeholders()
    {
        var timex = Assert.Single(Backchannel.Dates.TimexRecognizer.Recognize("The envoy arrived on Jan. 20.", null));

        Assert.Equal("XXXX-01-20", timex.Value);
        Assert.False(timex.Anchored);
    }
}
