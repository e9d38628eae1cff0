using Backchannel.Dates;

namespace Backchannel.Tests.Dates;

public sealed class MetadataDateParserTests
{
    [Theory]
    [InlineData("2025-10-06T14:30:00Z", "2025-10-06T14:30:00+00:00", true)]
    [InlineData("2025-10-06T14:30:00.250+02:00", "2025-10-06T14:30:00.250+02:00", true)]
    [InlineData("2025-10-06 14:30", "2025-10-06T14:30:00+00:00", true)]
    [InlineData("2025-10-06", "2025-10-06T00:00:00+00:00", false)]
    [InlineData("Mon, 06 Oct 2025 14:30:00 GMT", "2025-10-06T14:30:00+00:00", true)]
    [InlineData("Mon, 06 Oct 2025 14:30:00 EST", "2025-10-06T14:30:00-05:00", true)]
    [InlineData("Mon, 06 Oct 2025 14:30:00 PDT", "2025-10-06T14:30:00-07:00", true)]
    [InlineData("6 Oct 2025 14:30 +0530", "2025-10-06T14:30:00+05:30", true)]
    [InlineData("Mon, 06 Oct 25 14:30:00 -0000", "2025-10-06T14:30:00+00:00", true)]
    [InlineData("06 Oct 2025", "2025-10-06T00:00:00+00:00", false)]
    public void Metadata_dates_parse(string input, string expected, bool hasTime)
    {
        Assert.True(MetadataDateParser.TryParse(input, out var date));

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date.Value);
        Assert.Equal(expected[^6..], FormatOffset(date.Value.Offset));
        Assert.Equal(hasTime, date.HasTime);
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("31 Feb 2025 10:00 GMT")]
    [InlineData("2025-02-30")]
    [InlineData(null)]
    public void Nonsense_does_not_parse(string? input)
        => Assert.False(MetadataDateParser.TryParse(input, out _));

    private static string FormatOffset(TimeSpan offset)
        => (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString("hh\\:mm", System.Globalization.CultureInfo.InvariantCulture);
}
