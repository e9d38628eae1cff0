using System.Globalization;

namespace Backchannel.Dates;

/// <summary>Formats TIMEX3 values and does the calendar arithmetic behind relative expressions.</summary>
internal static class TimexValues
{
    public const string PresentRef = "PRESENT_REF";
    public const string PastRef = "PAST_REF";
    public const string FutureRef = "FUTURE_REF";

    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Month(int year, int month) => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}");

    public static string Year(int year) => year.ToString("D4", CultureInfo.InvariantCulture);

    public static string Quarter(int year, int quarter) => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-Q{quarter}");

    public static string Half(int year, int half) => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-H{half}");

    public static string Season(int year, int season) => Year(year) + "-" + DateLexicon.SeasonCodes[season];

    public static string Decade(int firstYear) => (firstYear / 10).ToString("D3", CultureInfo.InvariantCulture);

    public static string Century(int hundreds) => hundreds.ToString("D2", CultureInfo.InvariantCulture);

    public static string Week(DateOnly date)
    {
        var day = date.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(day):D4}-W{ISOWeek.GetWeekOfYear(day):D2}");
    }

    public static string Weekend(DateOnly date) => Week(date) + "-WE";

    public static string Clock(int minutes) => string.Create(CultureInfo.InvariantCulture, $"T{minutes / 60:D2}:{minutes % 60:D2}");

    /// <summary>ISO weekday, Monday = 1 … Sunday = 7.</summary>
    public static int IsoWeekday(DateOnly date) => date.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)date.DayOfWeek;

    public static int QuarterOf(int month) => ((month - 1) / 3) + 1;

    /// <summary>The weekday nearest to <paramref name="anchor"/> in a direction; <paramref name="allowSame"/> lets the anchor itself count.</summary>
    public static DateOnly WeekdayFrom(DateOnly anchor, int weekday, bool forward, bool allowSame)
    {
        var delta = weekday - IsoWeekday(anchor);
        if (forward)
        {
            delta = ((delta % 7) + 7) % 7;
            if (delta == 0 && !allowSame)
            {
                delta = 7;
            }
        }
        else
        {
            delta = -(((-delta % 7) + 7) % 7);
            if (delta == 0 && !allowSame)
            {
                delta = -7;
            }
        }

        return anchor.AddDays(delta);
    }

    /// <summary>
    /// A duration such as P2Y, PT3H, P1.5D, P2Q; decades and centuries in years. Quarters keep their own unit, as
    /// the vague <c>PXQ</c> does and as TimeBank writes them ("the past two quarters" P2Q, "every quarter" P1Q).
    /// </summary>
    public static string Duration(decimal amount, TimeUnit unit)
    {
        var (scale, code, time) = unit switch
        {
            TimeUnit.Second => (1m, "S", true),
            TimeUnit.Minute => (1m, "M", true),
            TimeUnit.Hour => (1m, "H", true),
            TimeUnit.Day => (1m, "D", false),
            TimeUnit.Weekend => (2m, "D", false),
            TimeUnit.Week => (1m, "W", false),
            TimeUnit.Fortnight => (2m, "W", false),
            TimeUnit.Month => (1m, "M", false),
            TimeUnit.Quarter => (1m, "Q", false),
            TimeUnit.Half => (6m, "M", false),
            TimeUnit.Year => (1m, "Y", false),
            TimeUnit.Decade => (10m, "Y", false),
            _ => (100m, "Y", false),
        };
        var total = amount * scale;
        if (code == "Y" && total >= 1000 && total % 1000 == 0)
        {
            // "two thousand years" counts millennia, which TimeBank writes with the unit L (P2L).
            return "P" + (total / 1000).ToString("0", CultureInfo.InvariantCulture) + "L";
        }

        var whole = decimal.Truncate(total);
        var prefix = time ? "PT" : "P";
        if (whole != total && whole > 0 && FinerUnit(code, time) is { } finer)
        {
            // "2 1/2 years" → P2Y6M, "5 1/2 hours" → PT5H30M: the fraction moves to the next smaller unit.
            var part = (total - whole) * finer.Factor;
            if (part == decimal.Truncate(part))
            {
                var whole1 = whole.ToString("0", CultureInfo.InvariantCulture);
                var part1 = part.ToString("0", CultureInfo.InvariantCulture);
                return finer.Time && !time ? $"P{whole1}{code}T{part1}{finer.Code}" : $"{prefix}{whole1}{code}{part1}{finer.Code}";
            }
        }

        return prefix + total.ToString("0.###", CultureInfo.InvariantCulture) + code;
    }

    private static (decimal Factor, string Code, bool Time)? FinerUnit(string code, bool time) => (code, time) switch
    {
        ("Y", false) => (12m, "M", false),
        ("W", false) => (7m, "D", false),
        ("D", false) => (24m, "H", true),
        ("H", true) => (60m, "M", true),
        ("M", true) => (60m, "S", true),
        _ => null,
    };

    /// <summary>A duration of unknown length in a unit: PXY, PXM, PTXH …</summary>
    public static string VagueDuration(TimeUnit unit) => unit switch
    {
        TimeUnit.Second => "PTXS",
        TimeUnit.Minute => "PTXM",
        TimeUnit.Hour => "PTXH",
        TimeUnit.Day or TimeUnit.Weekend => "PXD",
        TimeUnit.Week or TimeUnit.Fortnight => "PXW",
        TimeUnit.Month => "PXM",
        TimeUnit.Quarter => "PXQ",
        TimeUnit.Year or TimeUnit.Half => "PXY",
        // TimeBank's unit letters for the long units: E a decade, C a century ("centuries" PXC).
        TimeUnit.Decade => "PXE",
        _ => "PXC",
    };

    /// <summary>The point <paramref name="count"/> units from <paramref name="anchor"/>, at that unit's granularity.</summary>
    public static string Shift(DateOnly anchor, TimeUnit unit, int count) => unit switch
    {
        TimeUnit.Second or TimeUnit.Minute or TimeUnit.Hour => Day(anchor),
        TimeUnit.Day => Day(anchor.AddDays(count)),
        TimeUnit.Weekend => Weekend(anchor.AddDays(7 * count)),
        TimeUnit.Week => Week(anchor.AddDays(7 * count)),
        TimeUnit.Fortnight => Week(anchor.AddDays(14 * count)),
        TimeUnit.Month => Month(anchor.AddMonths(count).Year, anchor.AddMonths(count).Month),
        TimeUnit.Quarter => Quarter(anchor.AddMonths(3 * count).Year, QuarterOf(anchor.AddMonths(3 * count).Month)),
        TimeUnit.Half => Half(anchor.AddMonths(6 * count).Year, anchor.AddMonths(6 * count).Month <= 6 ? 1 : 2),
        TimeUnit.Year => Year(anchor.Year + count),
        TimeUnit.Decade => Decade(anchor.Year + (10 * count)),
        _ => Century((anchor.Year / 100) + count),
    };

    /// <summary>The placeholder for a point at a unit's granularity when no anchor is known.</summary>
    public static string Unknown(TimeUnit unit) => unit switch
    {
        TimeUnit.Second or TimeUnit.Minute or TimeUnit.Hour or TimeUnit.Day => "XXXX-XX-XX",
        TimeUnit.Weekend => "XXXX-WXX-WE",
        TimeUnit.Week or TimeUnit.Fortnight => "XXXX-WXX",
        TimeUnit.Month => "XXXX-XX",
        TimeUnit.Quarter => "XXXX-QX",
        TimeUnit.Half => "XXXX-HX",
        TimeUnit.Year => "XXXX",
        TimeUnit.Decade => "XXX",
        _ => "XX",
    };
}
