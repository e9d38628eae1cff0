using System.Globalization;

namespace Backchannel.Storage;

/// <summary>How dates are written to and read from TEXT columns (ISO 8601, invariant culture).</summary>
internal static class StoredDates
{
    private const string DateOnlyFormat = "yyyy-MM-dd";

    /// <summary>The current UTC time of <paramref name="clock"/> in round-trip form, for audit columns.</summary>
    public static string Now(TimeProvider clock) => Format(clock.GetUtcNow());

    /// <summary>Round-trip ("o") form, which keeps the offset.</summary>
    public static string Format(DateTimeOffset value) => value.ToString("o", CultureInfo.InvariantCulture);

    /// <summary>
    /// A publication date: the calendar date alone when no time of day is known, so a date-only value
    /// never gains a spurious midnight; otherwise the round-trip form.
    /// </summary>
    public static string FormatPublished(DateTimeOffset value, bool hasTime)
        => hasTime ? Format(value) : value.ToString(DateOnlyFormat, CultureInfo.InvariantCulture);

    /// <summary>Parses <see cref="Format"/> output.</summary>
    public static DateTimeOffset Parse(string text)
        => DateTimeOffset.ParseExact(text, "o", CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    /// <summary>Parses <see cref="FormatPublished"/> output; a date-only value comes back as midnight UTC.</summary>
    public static DateTimeOffset ParsePublished(string text, bool hasTime)
        => hasTime
            ? Parse(text)
            : DateTimeOffset.ParseExact(text, DateOnlyFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
