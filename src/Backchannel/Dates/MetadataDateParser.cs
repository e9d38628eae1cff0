using System.Collections.Frozen;
using System.Globalization;

namespace Backchannel.Dates;

/// <summary>
/// Parses the dates sources put in metadata: ISO 8601 (meta tags, JSON-LD, Atom, JSON) and RFC 822 (RSS
/// <c>pubDate</c>, with numeric offsets or named zones such as GMT and EST). Values without a zone are taken as UTC.
/// </summary>
public static class MetadataDateParser
{
    private static readonly FrozenDictionary<string, int> ZoneHours = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["UT"] = 0,
        ["UTC"] = 0,
        ["GMT"] = 0,
        ["Z"] = 0,
        ["EST"] = -5,
        ["EDT"] = -4,
        ["CST"] = -6,
        ["CDT"] = -5,
        ["MST"] = -7,
        ["MDT"] = -6,
        ["PST"] = -8,
        ["PDT"] = -7,
        ["BST"] = 1,
        ["CET"] = 1,
        ["CEST"] = 2,
        ["EET"] = 2,
        ["EEST"] = 3,
        ["MSK"] = 3,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly string[] IsoDateOnly = ["yyyy-MM-dd", "yyyyMMdd"];

    /// <summary>Parses a metadata date; false for anything unrecognised.</summary>
    public static bool TryParse(string? value, out MetadataDate date)
    {
        date = default;
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > 100)
        {
            return false;
        }

        if (DateTime.TryParseExact(text, IsoDateOnly, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            date = new MetadataDate(new DateTimeOffset(day.Date, TimeSpan.Zero), HasTime: false);
            return true;
        }

        if (char.IsAsciiDigit(text[0]) && text.Length >= 10 && text[4] == '-'
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var iso))
        {
            date = new MetadataDate(iso, HasTime: true);
            return true;
        }

        if (TryParseRfc822(text, out date))
        {
            return true;
        }

        // Last resort for loose forms such as "January 20, 2026 10:00".
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var loose))
        {
            date = new MetadataDate(loose, HasTime: text.Contains(':', StringComparison.Ordinal));
            return true;
        }

        return false;
    }

    // [Day,] DD Mon YYYY [HH:MM[:SS]] [zone]
    private static bool TryParseRfc822(string text, out MetadataDate date)
    {
        date = default;
        var parts = text.Replace(",", " ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var index = 0;
        if (parts.Length > 0 && !char.IsAsciiDigit(parts[0][0]))
        {
            index++;
        }

        if (parts.Length - index < 3
            || !int.TryParse(parts[index], NumberStyles.None, CultureInfo.InvariantCulture, out var dayOfMonth)
            || !int.TryParse(parts[index + 2], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return false;
        }

        var month = MonthNames.Find(parts[index + 1].AsSpan().TrimEnd('.'));
        year = parts[index + 2].Length == 2 ? (year < 50 ? 2000 + year : 1900 + year) : year;
        if (month == 0 || year is < 1 or > 9999 || dayOfMonth < 1 || dayOfMonth > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        var time = TimeSpan.Zero;
        var hasTime = false;
        if (parts.Length - index > 3)
        {
            if (!TimeSpan.TryParseExact(parts[index + 3], ["h\\:mm\\:ss", "h\\:mm"], CultureInfo.InvariantCulture, out time)
                || time >= TimeSpan.FromDays(1))
            {
                return false;
            }

            hasTime = true;
        }

        var offset = parts.Length - index > 4 ? ParseZone(parts[index + 4]) : TimeSpan.Zero;
        if (offset is null)
        {
            return false;
        }

        date = new MetadataDate(new DateTimeOffset(new DateTime(year, month, dayOfMonth).Add(time), offset.Value), hasTime);
        return true;
    }

    private static TimeSpan? ParseZone(string zone)
    {
        if (ZoneHours.TryGetValue(zone, out var hours))
        {
            return TimeSpan.FromHours(hours);
        }

        if (zone.Length == 5 && zone[0] is '+' or '-'
            && int.TryParse(zone.AsSpan(1, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var h)
            && int.TryParse(zone.AsSpan(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            && h <= 14 && m < 60)
        {
            var span = new TimeSpan(h, m, 0);
            return zone[0] == '-' ? -span : span;
        }

        // RFC 822 says unknown zones mean UTC ("-0000"); military single letters fall here too.
        return zone.All(char.IsAsciiLetter) ? TimeSpan.Zero : null;
    }
}
