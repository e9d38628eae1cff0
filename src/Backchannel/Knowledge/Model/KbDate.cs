using System.Globalization;

namespace Backchannel.Knowledge.Model;

/// <summary>How much of a <see cref="KbDate"/> is known.</summary>
public enum DatePrecision
{
    /// <summary>Only the year.</summary>
    Year,
    /// <summary>Year and month.</summary>
    Month,
    /// <summary>The exact day.</summary>
    Day,
}

/// <summary>
/// A date as sources give it: "2022", "2022-03" or "2022-03-15" (FtM allows all three). Comparisons against a day are
/// three-valued, because "started in 2022-03" neither holds nor fails on 2022-03-10.
/// </summary>
public readonly record struct KbDate(int Year, int Month, int Day, DatePrecision Precision) : IComparable<KbDate>
{
    /// <summary>The first day the date can mean.</summary>
    public DateOnly Earliest => new(Year, Precision == DatePrecision.Year ? 1 : Month, Precision == DatePrecision.Day ? Day : 1);

    /// <summary>The last day the date can mean.</summary>
    public DateOnly Latest => Precision switch
    {
        DatePrecision.Day => new DateOnly(Year, Month, Day),
        DatePrecision.Month => new DateOnly(Year, Month, DateTime.DaysInMonth(Year, Month)),
        _ => new DateOnly(Year, 12, 31),
    };

    /// <summary>A day-precision date.</summary>
    public static KbDate FromDay(DateOnly day) => new(day.Year, day.Month, day.Day, DatePrecision.Day);

    /// <summary>
    /// Parses ISO 8601 with partial precision, also with a time part ("2025-05-06T00:00:00Z", as Wikidata exports
    /// give). Returns false for anything else, including impossible dates and years outside 1–9999.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, out KbDate date)
    {
        date = default;
        text = text.Trim();
        var t = text.IndexOf('T');
        if (t > 0)
        {
            text = text[..t];
        }

        if (text.Length == 4 && IsDigits(text))
        {
            var y = int.Parse(text, CultureInfo.InvariantCulture);
            return Make(y, 1, 1, DatePrecision.Year, out date);
        }

        if (text.Length == 7 && text[4] == '-' && IsDigits(text[..4]) && IsDigits(text[5..]))
        {
            return Make(int.Parse(text[..4], CultureInfo.InvariantCulture), int.Parse(text[5..], CultureInfo.InvariantCulture), 1, DatePrecision.Month, out date);
        }

        if (text.Length == 10 && text[4] == '-' && text[7] == '-' && IsDigits(text[..4]) && IsDigits(text[5..7]) && IsDigits(text[8..]))
        {
            return Make(
                int.Parse(text[..4], CultureInfo.InvariantCulture),
                int.Parse(text[5..7], CultureInfo.InvariantCulture),
                int.Parse(text[8..], CultureInfo.InvariantCulture),
                DatePrecision.Day,
                out date);
        }

        return false;
    }

    /// <summary>Parses or throws <see cref="FormatException"/>.</summary>
    public static KbDate Parse(string text) =>
        TryParse(text, out var date) ? date : throw new FormatException($"Not an ISO date: '{text}'.");

    /// <inheritdoc />
    public int CompareTo(KbDate other) => Earliest.CompareTo(other.Earliest) is var c and not 0 ? c : Precision.CompareTo(other.Precision);

    /// <summary>ISO text at the date's own precision.</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        _ => Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    private static bool Make(int year, int month, int day, DatePrecision precision, out KbDate date)
    {
        date = default;
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new KbDate(year, month, day, precision);
        return true;
    }

    private static bool IsDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return s.Length > 0;
    }

    public static bool operator <(KbDate left, KbDate right) => left.CompareTo(right) < 0;

    public static bool operator >(KbDate left, KbDate right) => left.CompareTo(right) > 0;

    public static bool operator <=(KbDate left, KbDate right) => left.CompareTo(right) <= 0;

    public static bool operator >=(KbDate left, KbDate right) => left.CompareTo(right) >= 0;
}
