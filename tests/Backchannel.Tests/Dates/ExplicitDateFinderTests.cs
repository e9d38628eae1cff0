using Backchannel.Dates;

namespace Backchannel.Tests.Dates;

public sealed class ExplicitDateFinderTests
{
    [Theory]
    [InlineData("Signed on January 20, 2026 in the capital.", 2026, 1, 20)]
    [InlineData("Signed on Jan. 20, 2026.", 2026, 1, 20)]
    [InlineData("Signed on Jan 20 2026.", 2026, 1, 20)]
    [InlineData("Signed on 20 January 2026.", 2026, 1, 20)]
    [InlineData("Signed on 20 Jan 2026.", 2026, 1, 20)]
    [InlineData("Signed on 20 Sept. 2025.", 2025, 9, 20)]
    [InlineData("Signed 2026-01-20.", 2026, 1, 20)]
    [InlineData("Tuesday, January 20, 2026 - a statement.", 2026, 1, 20)]
    [InlineData("The 3rd March, 2025 session.", 2025, 3, 3)]
    [InlineData("On February 29, 2024 it was leap day.", 2024, 2, 29)]
    public void Full_dates_in_each_supported_form_are_found(string text, int year, int month, int day)
    {
        var date = Assert.Single(ExplicitDateFinder.FindAll(text));

        Assert.Equal(new DateOnly(year, month, day), date.Date);
    }

    [Fact]
    public void Offsets_cover_the_whole_date_phrase()
    {
        const string text = "Dated 20 Jan. 2026, then Jan. 21, 2026.";

        var dates = ExplicitDateFinder.FindAll(text);

        Assert.Equal(["20 Jan. 2026", "Jan. 21, 2026"], dates.Select(d => text[d.Start..d.End]));
    }

    [Theory]
    [InlineData("The talks may 20, 2026 resume.")]
    [InlineData("February 30, 2025 never existed.")]
    [InlineData("On 31 April 2025 nothing.")]
    [InlineData("Reference 2026-13-01 is not a date.")]
    [InlineData("Serial 12026-01-20 is a code.")]
    [InlineData("Range 2026-01-20-22 is not one date.")]
    [InlineData("In January 2026 only a month.")]
    [InlineData("On January 20 without a year.")]
    [InlineData("Janet 20, 2026 is a name.")]
    [InlineData("Room 120 January 2026")]
    public void Partial_invalid_or_lookalike_dates_are_not_found(string text)
        => Assert.Empty(ExplicitDateFinder.FindAll(text));

    [Fact]
    public void Latest_date_wins()
    {
        var latest = ExplicitDateFinder.FindLatest("Talks began 2025-11-30. On December 2, 2025 they paused; the 1 December 2025 draft was dropped.");

        Assert.Equal(new DateOnly(2025, 12, 2), latest);
    }

    [Fact]
    public void No_date_gives_null()
        => Assert.Null(ExplicitDateFinder.FindLatest("Nothing dated here, only 2025 and May."));
}
