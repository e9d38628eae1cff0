using Backchannel.Knowledge.Model;

namespace Backchannel.Tests.Knowledge;

public sealed class KbDateTests
{
    [Theory]
    [InlineData("2025", DatePrecision.Year, "2025-01-01", "2025-12-31")]
    [InlineData("2024-02", DatePrecision.Month, "2024-02-01", "2024-02-29")]
    [InlineData("2025-05-06", DatePrecision.Day, "2025-05-06", "2025-05-06")]
    [InlineData("2025-05-06T00:00:00Z", DatePrecision.Day, "2025-05-06", "2025-05-06")]
    public void Partial_dates_keep_their_precision_and_span(string text, DatePrecision precision, string earliest, string latest)
    {
        var date = KbDate.Parse(text);

        Assert.Equal(precision, date.Precision);
        Assert.Equal(DateOnly.Parse(earliest, System.Globalization.CultureInfo.InvariantCulture), date.Earliest);
        Assert.Equal(DateOnly.Parse(latest, System.Globalization.CultureInfo.InvariantCulture), date.Latest);
        Assert.Equal(text.Split('T')[0], date.ToString());
    }

    [Theory]
    [InlineData("20254-04-01")]
    [InlineData("2025-02-30")]
    [InlineData("2025-13")]
    [InlineData("http://www.wikidata.org/.well-known/genid/abc")]
    [InlineData("")]
    [InlineData("0000")]
    public void Impossible_or_foreign_values_are_not_dates(string text) =>
        Assert.False(KbDate.TryParse(text, out _));
}
