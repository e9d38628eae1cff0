using System.Globalization;

namespace Backchannel.Cli.Options;

/// <summary>Parses <c>--published</c>: an ISO date (<c>2026-01-20</c>) or date-time with offset.</summary>
internal static class PublishedDateParser
{
    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        if (DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            value = new DateTimeOffset(date, TimeSpan.Zero);
            return true;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value)
            && text!.Contains('T', StringComparison.Ordinal);
    }
}
