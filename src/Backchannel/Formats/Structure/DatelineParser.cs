namespace Backchannel.Formats.Structure;

/// <summary>
/// Reads a dateline at the start of a story: an all-caps place of one to three words, optionally a region or
/// country ("DAVOS, Switzerland", "BEDFORD, N.H."), a date ("LONDON, Jan 20") and the agency in brackets
/// ("WASHINGTON (Reuters)"), then a dash. "BREAKING —" and other story labels are not places, and a capitalised
/// run-in heading of four or more words ("IOWA POLLS NOT WRONG —") is no dateline either.
/// </summary>
internal static class DatelineParser
{
    private const int MaxPlaceWords = 3;

    /// <summary>A dateline: the place (all its comma-separated parts), the outlet if any, and where it ends.</summary>
    internal readonly record struct Dateline(Range Place, Range? Outlet, int End);

    /// <summary>A dateline opening <paramref name="line"/>, ending after its dash; null when there is none.</summary>
    internal static Dateline? ParseOpening(ReadOnlySpan<char> line) => Parse(line, needDash: true);

    /// <summary>
    /// A dateline after a byline's dash ("DAVOS, Switzerland, Jan 20, 2026"): the place must open the text, and only
    /// a date may follow it.
    /// </summary>
    internal static Dateline? ParsePlace(ReadOnlySpan<char> text) => Parse(text, needDash: false);

    private static Dateline? Parse(ReadOnlySpan<char> line, bool needDash)
    {
        var position = 0;
        while (position < line.Length && line[position] == ' ')
        {
            position++;
        }

        var placeStart = position;
        var words = 0;
        var letters = 0;
        var placeEnd = position;
        while (position < line.Length)
        {
            var end = WordEnd(line, position);
            var word = line[position..end];
            if (!IsPlaceWord(word, first: words == 0))
            {
                break;
            }

            words++;
            letters += CountLetters(word);
            placeEnd = end;
            position = end;

            // Another all-caps word after one space continues the place ("NEW YORK"); anything else ends it.
            if (position + 1 < line.Length && line[position] == ' ' && IsPlaceWord(line[(position + 1)..WordEnd(line, position + 1)], first: false))
            {
                position++;
                continue;
            }

            break;
        }

        if (words is 0 or > MaxPlaceWords || letters < 3)
        {
            return null;
        }

        // ", Switzerland" / ", N.H." / ", Jan 20" / ", Jan. 20, 2026" — regions join the place, dates are skipped.
        position = placeEnd;
        var datePassed = false;
        while (position + 2 < line.Length && line[position] == ',' && line[position + 1] == ' ')
        {
            var partStart = position + 2;
            var partEnd = PartEnd(line, partStart);
            var part = line[partStart..partEnd];
            if (IsDatePart(part))
            {
                datePassed = true;
                position = partEnd;
                continue;
            }

            if (datePassed || !IsRegion(part))
            {
                break;
            }

            placeEnd = partEnd;
            position = partEnd;
        }

        Range? outlet = null;
        var after = position;
        while (after < line.Length && line[after] == ' ')
        {
            after++;
        }

        if (after < line.Length && line[after] == '(')
        {
            var close = line[after..].IndexOf(')');
            if (close > 1 && close <= 40 && BylineParser.IsOutlet(line.Slice(after + 1, close - 1), afterNames: true))
            {
                outlet = new Range(after + 1, after + close);
                after += close + 1;
            }
            else
            {
                return null;
            }
        }

        if (!needDash)
        {
            // Only a date (or nothing) may follow a place after a byline.
            var rest = line[after..].Trim();
            return rest.Length == 0 || rest[0] is ',' || IsDatePart(rest) ? new Dateline(new Range(placeStart, placeEnd), outlet, after) : null;
        }

        while (after < line.Length && line[after] == ' ')
        {
            after++;
        }

        var dash = DashLength(line[after..]);
        if (dash == 0)
        {
            return null;
        }

        after += dash;
        while (after < line.Length && line[after] == ' ')
        {
            after++;
        }

        return after < line.Length ? new Dateline(new Range(placeStart, placeEnd), outlet, after) : null;
    }

    private static bool IsPlaceWord(ReadOnlySpan<char> word, bool first)
        => word.Length > 0 && NameWords.IsAllCaps(word) && OnlyPlaceCharacters(word)
            && !(first && NameWords.Has(NameWords.NotPlaces, word.Trim(".:'’")));

    private static int WordEnd(ReadOnlySpan<char> line, int from)
    {
        var end = from;
        while (end < line.Length && line[end] is not (' ' or '(' or ',' or '—' or '–'))
        {
            end++;
        }

        return end;
    }

    // A comma part ends at the next comma, bracket or dash.
    private static int PartEnd(ReadOnlySpan<char> line, int from)
    {
        var end = from;
        while (end < line.Length && line[end] is not (',' or '(' or '—' or '–') && !(line[end] == ' ' && end + 1 < line.Length && line[end + 1] is '-' or '—' or '–'))
        {
            end++;
        }

        while (end > from && line[end - 1] == ' ')
        {
            end--;
        }

        return end;
    }

    private static bool OnlyPlaceCharacters(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c) && c is not ('.' or '\'' or '’' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    private static int CountLetters(ReadOnlySpan<char> word)
    {
        var count = 0;
        foreach (var c in word)
        {
            count += char.IsLetter(c) ? 1 : 0;
        }

        return count;
    }

    // "Switzerland", "N.H.", "South Carolina", "UKRAINE": capitalised place words, no digits, at most three.
    private static bool IsRegion(ReadOnlySpan<char> part)
    {
        var words = 0;
        foreach (var range in part.Split(' '))
        {
            var word = part[range];
            if (word.Length == 0)
            {
                continue;
            }

            if (!NameWords.IsCapitalised(word) || !OnlyPlaceCharacters(word) || NameWords.Has(NameWords.NotNames, word.TrimEnd('.')))
            {
                return false;
            }

            words++;
        }

        return words is >= 1 and <= MaxPlaceWords;
    }

    // "Jan 20", "Jan. 20", "20 January 2026", "2026", "Tuesday".
    private static bool IsDatePart(ReadOnlySpan<char> part)
    {
        part = part.Trim();
        if (part.Length == 0)
        {
            return false;
        }

        if (char.IsDigit(part[0]))
        {
            return true;
        }

        var space = part.IndexOf(' ');
        var first = (space < 0 ? part : part[..space]).TrimEnd('.');
        return NameWords.Has(NameWords.NotNames, first) && first.Length >= 3 && !first.Equals("the", StringComparison.OrdinalIgnoreCase);
    }

    private static int DashLength(ReadOnlySpan<char> text)
    {
        if (text.StartsWith("--", StringComparison.Ordinal))
        {
            return 2;
        }

        return text.Length > 0 && text[0] is '—' or '–' or '-' ? 1 : 0;
    }
}
