namespace Backchannel.Dates;

/// <summary>
/// Finds full dates (day, month and year) written in a text: "January 20, 2026", "Jan. 20, 2026",
/// "Tuesday, January 20, 2026", "20 January 2026", "20 Jan 2026" and "2026-01-20". Only real calendar dates count,
/// and a month name must be capitalised so the modal verb "may" is never read as a month.
/// </summary>
public static class ExplicitDateFinder
{
    private const int MinYear = 1800;
    private const int MaxYear = 2200;

    /// <summary>Every full date in the text, in text order.</summary>
    public static IReadOnlyList<ExplicitDate> FindAll(ReadOnlySpan<char> text)
    {
        var found = new List<ExplicitDate>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var atWordStart = i == 0 || !char.IsLetterOrDigit(text[i - 1]);
            if (atWordStart && char.IsAsciiDigit(c) && (TryIso(text, i, out var date) || TryDayMonthYear(text, i, out date)))
            {
                found.Add(date);
                i = date.End;
                continue;
            }

            if (atWordStart && char.IsAsciiLetterUpper(c) && TryMonthDayYear(text, i, out date))
            {
                found.Add(date);
                i = date.End;
                continue;
            }

            i++;
        }

        return found;
    }

    /// <summary>The latest full date in the text, or null when there is none.</summary>
    public static DateOnly? FindLatest(ReadOnlySpan<char> text)
    {
        DateOnly? latest = null;
        foreach (var date in FindAll(text))
        {
            if (latest is null || date.Date > latest.Value)
            {
                latest = date.Date;
            }
        }

        return latest;
    }

    // 2026-01-20, not part of a longer number or a range such as 2026-01-20-07.
    private static bool TryIso(ReadOnlySpan<char> text, int start, out ExplicitDate date)
    {
        date = default;
        var rest = text[start..];
        if (rest.Length < 10 || rest[4] != '-' || rest[7] != '-'
            || !AllDigits(rest[..4]) || !AllDigits(rest.Slice(5, 2)) || !AllDigits(rest.Slice(8, 2)))
        {
            return false;
        }

        if (rest.Length > 10 && (char.IsAsciiDigit(rest[10]) || (rest[10] == '-' && rest.Length > 11 && char.IsAsciiDigit(rest[11]))))
        {
            return false;
        }

        return TryMake(Number(rest[..4]), Number(rest.Slice(5, 2)), Number(rest.Slice(8, 2)), start, start + 10, out date);
    }

    // 20 January 2026, 20 Jan. 2026, 20th January, 2026
    private static bool TryDayMonthYear(ReadOnlySpan<char> text, int start, out ExplicitDate date)
    {
        date = default;
        var position = start;
        if (!TryDay(text, ref position, out var day) || !SkipSpaces(text, ref position, required: true)
            || !TryMonth(text, ref position, out var month))
        {
            return false;
        }

        SkipComma(text, ref position);
        return SkipSpaces(text, ref position, required: true) && TryYear(text, ref position, out var year)
            && TryMake(year, month, day, start, position, out date);
    }

    // January 20, 2026 / Jan. 20 2026 / January 20th, 2026
    private static bool TryMonthDayYear(ReadOnlySpan<char> text, int start, out ExplicitDate date)
    {
        date = default;
        var position = start;
        if (!TryMonth(text, ref position, out var month) || !SkipSpaces(text, ref position, required: true)
            || !TryDay(text, ref position, out var day))
        {
            return false;
        }

        SkipComma(text, ref position);
        return SkipSpaces(text, ref position, required: true) && TryYear(text, ref position, out var year)
            && TryMake(year, month, day, start, position, out date);
    }

    private static bool TryMonth(ReadOnlySpan<char> text, ref int position, out int month)
    {
        month = 0;
        var end = position;
        while (end < text.Length && char.IsAsciiLetter(text[end]))
        {
            end++;
        }

        if (end == position || !char.IsAsciiLetterUpper(text[position]))
        {
            return false;
        }

        month = MonthNames.Find(text[position..end]);
        if (month == 0)
        {
            return false;
        }

        // Abbreviations may carry a period ("Jan."); "May." is not an abbreviation but is harmless.
        position = end < text.Length && text[end] == '.' ? end + 1 : end;
        return true;
    }

    private static bool TryDay(ReadOnlySpan<char> text, ref int position, out int day)
    {
        day = 0;
        var end = position;
        while (end < text.Length && end - position < 3 && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        if (end == position || end - position > 2)
        {
            return false;
        }

        day = Number(text[position..end]);
        var rest = text[end..];
        if (rest.Length >= 2 && (rest.StartsWith("st", StringComparison.Ordinal) || rest.StartsWith("nd", StringComparison.Ordinal)
            || rest.StartsWith("rd", StringComparison.Ordinal) || rest.StartsWith("th", StringComparison.Ordinal)))
        {
            end += 2;
        }

        if (end < text.Length && char.IsLetterOrDigit(text[end]))
        {
            return false;
        }

        position = end;
        return true;
    }

    private static bool TryYear(ReadOnlySpan<char> text, ref int position, out int year)
    {
        year = 0;
        if (position + 4 > text.Length || !AllDigits(text.Slice(position, 4))
            || (position + 4 < text.Length && char.IsLetterOrDigit(text[position + 4])))
        {
            return false;
        }

        year = Number(text.Slice(position, 4));
        position += 4;
        return true;
    }

    private static bool SkipSpaces(ReadOnlySpan<char> text, ref int position, bool required)
    {
        var start = position;
        while (position < text.Length && text[position] is ' ' or '\u00A0' or '\t')
        {
            position++;
        }

        return !required || position > start;
    }

    private static void SkipComma(ReadOnlySpan<char> text, ref int position)
    {
        if (position < text.Length && text[position] == ',')
        {
            position++;
        }
    }

    private static bool TryMake(int year, int month, int day, int start, int end, out ExplicitDate date)
    {
        date = default;
        if (year is < MinYear or > MaxYear || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new ExplicitDate(new DateOnly(year, month, day), start, end);
        return true;
    }

    private static bool AllDigits(ReadOnlySpan<char> span) => !span.IsEmpty && !span.ContainsAnyExceptInRange('0', '9');

    private static int Number(ReadOnlySpan<char> digits)
    {
        var value = 0;
        foreach (var digit in digits)
        {
            value = (value * 10) + (digit - '0');
        }

        return value;
    }
}
