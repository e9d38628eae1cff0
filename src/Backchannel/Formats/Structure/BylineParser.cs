namespace Backchannel.Formats.Structure;

/// <summary>
/// Reads a byline: "By NAME", "By NAME, OUTLET", "By NAME and NAME", "By NAME, NAME and NAME | OUTLET",
/// "By NAME, contributing columnist, OUTLET", optionally followed by " — DATELINE" or " · DATE". A comma segment in
/// lower case is a role and skipped; a capitalised segment with an outlet word ("Newswire", "Times"), an acronym
/// ("AP") or "The …" is the outlet, and so is any capitalised last segment after the names. A line whose
/// first segment is not a list of personal names ("By Monday morning, …") is no byline.
/// </summary>
internal static class BylineParser
{
    private static readonly string[] Separators = [" — ", " – ", " -- ", " - ", " · ", " • ", " ・ "];

    /// <summary>What a byline holds, as ranges of the parsed line; <paramref name="End"/> is where it ends (before a tail).</summary>
    internal readonly record struct Byline(List<Range> Authors, Range? Outlet, Range? Tail, int End);

    /// <summary>
    /// Parses <paramref name="line"/>. With <paramref name="requirePrefix"/> it must start with "By "; without (an
    /// HTML byline element) the prefix is optional. Returns null when the line is not a byline.
    /// </summary>
    internal static Byline? Parse(ReadOnlySpan<char> line, bool requirePrefix = true)
    {
        var at = 0;
        while (at < line.Length && char.IsWhiteSpace(line[at]))
        {
            at++;
        }

        if (line[at..].StartsWith("By ", StringComparison.Ordinal) || line[at..].StartsWith("BY ", StringComparison.Ordinal)
            || line[at..].StartsWith("by ", StringComparison.Ordinal))
        {
            at += 3;
        }
        else if (requirePrefix)
        {
            return null;
        }

        var end = line.Length;
        Range? tail = null;
        foreach (var separator in Separators)
        {
            var found = line[at..end].IndexOf(separator, StringComparison.Ordinal);
            if (found >= 0)
            {
                tail = new Range(at + found + separator.Length, line.Length);
                end = at + found;
            }
        }

        Range? outlet = null;
        var bar = line[at..end].IndexOf(" | ", StringComparison.Ordinal);
        var namesEnd = end;
        if (bar >= 0)
        {
            namesEnd = at + bar;
            var outletStart = namesEnd + 3;
            var nextBar = line[outletStart..end].IndexOf(" | ", StringComparison.Ordinal);
            var outletEnd = nextBar < 0 ? end : outletStart + nextBar;
            outlet = Trim(line, outletStart, outletEnd);
        }

        var authors = new List<Range>();
        var segment = 0;
        var position = at;
        while (position <= namesEnd)
        {
            var comma = line[position..namesEnd].IndexOf(',');
            var segmentEnd = comma < 0 ? namesEnd : position + comma;
            var range = Trim(line, position, segmentEnd);
            var text = line[range];
            var last = comma < 0;
            position = segmentEnd + 1;
            if (text.Length == 0)
            {
                if (segment == 0)
                {
                    return null;
                }

                continue;
            }

            if (segment == 0)
            {
                // The first segment must be one or more personal names, or alone an outlet ("By Reuters").
                if (!AddNames(line, range, authors))
                {
                    if (last && outlet is null && IsOutlet(text, afterNames: false))
                    {
                        outlet = range;
                        segment++;
                        continue;
                    }

                    return null;
                }
            }
            else if (!NameWords.IsCapitalised(text) || IsRole(text))
            {
                // "contributing columnist", "Staff Writer"
            }
            else if (outlet is null && IsOutlet(text, afterNames: last))
            {
                outlet = range;
            }
            else if (!AddNames(line, range, authors))
            {
                return null;
            }

            segment++;
        }

        return authors.Count == 0 && outlet is null ? null : new Byline(authors, outlet, tail, end);
    }

    // "Ana Ruiz" or "Ana Ruiz and Tom Bell" or "Ana Ruiz & Tom Bell": every piece a personal name, or nothing added.
    private static bool AddNames(ReadOnlySpan<char> line, Range range, List<Range> authors)
    {
        var (from, length) = range.GetOffsetAndLength(line.Length);
        var to = from + length;
        var added = authors.Count;
        var position = from;
        while (position < to)
        {
            var rest = line[position..to];
            var and = rest.IndexOf(" and ", StringComparison.Ordinal);
            var amp = rest.IndexOf(" & ", StringComparison.Ordinal);
            var cut = and < 0 ? amp : amp < 0 ? and : Math.Min(and, amp);
            var pieceEnd = cut < 0 ? to : position + cut;
            var piece = Trim(line, position, pieceEnd);
            if (!IsPersonName(line[piece]))
            {
                authors.RemoveRange(added, authors.Count - added);
                return false;
            }

            authors.Add(piece);
            position = cut < 0 ? to : pieceEnd + (cut == and ? 5 : 3);
        }

        return authors.Count > added;
    }

    /// <summary>
    /// Two to five words, each capitalised (or a name particle inside), none a weekday, month or article at the start,
    /// no outlet or role word, and no digits.
    /// </summary>
    internal static bool IsPersonName(ReadOnlySpan<char> text)
    {
        var words = 0;
        foreach (var range in text.Split(' '))
        {
            var word = text[range];
            if (word.Length == 0)
            {
                continue;
            }

            if (word.ContainsAny("0123456789@/:()\"“”") || NameWords.Has(NameWords.OutletCues, word) || NameWords.Has(NameWords.RoleCues, word))
            {
                return false;
            }

            if (words == 0 && NameWords.Has(NameWords.NotNames, word))
            {
                return false;
            }

            if (!NameWords.IsCapitalised(word) && (words == 0 || !NameWords.Has(NameWords.Particles, word)))
            {
                return false;
            }

            if (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal))
            {
                return false;
            }

            words++;
        }

        return words is >= 2 and <= 5;
    }

    /// <summary>
    /// A capitalised phrase that names an outlet: it has an outlet word, starts with "The", is an acronym, or (the
    /// last segment after the names, or inside a dateline's brackets) is any capitalised phrase of up to six words.
    /// </summary>
    internal static bool IsOutlet(ReadOnlySpan<char> text, bool afterNames)
    {
        var words = 0;
        var cue = false;
        var first = true;
        foreach (var range in text.Split(' '))
        {
            var word = text[range].Trim(".");
            if (word.Length == 0)
            {
                continue;
            }

            if (!NameWords.IsCapitalised(word) && (first || !NameWords.Has(NameWords.Connectors, word)))
            {
                return false;
            }

            cue |= NameWords.Has(NameWords.OutletCues, word) || (first && word.Equals("The", StringComparison.Ordinal));
            words++;
            first = false;
        }

        if (words is 0 or > 6)
        {
            return false;
        }

        // After the names, the last comma segment is the outlet whatever it is called ("By Ana Ruiz, Alpine Ledger"):
        // two authors are joined by "and", not by a comma alone.
        var acronym = words == 1 && NameWords.IsAllCaps(text) && text.Length is >= 2 and <= 6;
        return cue || acronym || afterNames;
    }

    private static bool IsRole(ReadOnlySpan<char> text)
    {
        foreach (var range in text.Split(' '))
        {
            if (NameWords.Has(NameWords.RoleCues, text[range].Trim(".")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The range of <paramref name="line"/>[from..to] without surrounding spaces and emphasis marks.</summary>
    internal static Range Trim(ReadOnlySpan<char> line, int from, int to)
    {
        while (from < to && (char.IsWhiteSpace(line[from]) || line[from] is '*' or '_'))
        {
            from++;
        }

        while (to > from && (char.IsWhiteSpace(line[to - 1]) || line[to - 1] is '*' or '_' or '.' or ';'))
        {
            to--;
        }

        return new Range(from, to);
    }
}
