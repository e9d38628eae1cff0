using Backchannel.Documents;

namespace Backchannel.Formats.Structure;

/// <summary>
/// Completes a document's regions once its text is normalised: bylines and datelines near the top (every format),
/// and for plain text the headings, the title line and reference lists that only the layout of the lines shows.
/// Markdown and HTML readers bring their own headings, captions and reference entries from the markup.
/// </summary>
internal static class DocumentStructure
{
    // Bylines and datelines are looked for in the first lines only, up to the first paragraph of running text.
    private const int LeadLines = 8;
    private const int RunningTextWords = 25;

    // A plain-text heading is short.
    private const int HeadingWords = 12;
    private const int HeadingChars = 100;

    /// <summary>What the byline said, for the metadata.</summary>
    internal readonly record struct Lead(string? Author, string? Source);

    /// <summary>
    /// Adds the regions the text shows to <paramref name="regions"/> (which holds the reader's, in this text's
    /// offsets) and sorts them. <paramref name="plainText"/>: the body came as plain text (txt, a JSON or feed
    /// <c>text</c>); <paramref name="firstLineIsTitle"/>: its first line is the headline.
    /// </summary>
    internal static Lead Complete(string text, List<DocumentRegion> regions, bool plainText, bool firstLineIsTitle)
    {
        var lead = FindLead(text, regions);
        if (plainText)
        {
            FindPlainStructure(text, regions, firstLineIsTitle);
        }

        regions.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        return lead;
    }

    private static Lead FindLead(string text, List<DocumentRegion> regions)
    {
        string? author = null;
        string? source = null;
        var dateline = false;
        var lines = 0;
        foreach (var (start, end) in Lines(text))
        {
            var line = text.AsSpan(start, end - start);
            if (line.IsWhiteSpace())
            {
                continue;
            }

            if (++lines > LeadLines)
            {
                break;
            }

            var kind = Covering(regions, start, end);
            var element = kind == RegionKind.Byline;
            if (kind is not null && !element)
            {
                continue;
            }

            if (author is null && source is null && BylineParser.Parse(line, requirePrefix: !element) is { } byline)
            {
                if (!element)
                {
                    var trimmed = BylineParser.Trim(line, 0, byline.End);
                    regions.Add(new DocumentRegion(start + trimmed.Start.Value, start + trimmed.End.Value, RegionKind.Byline));
                }

                var names = new List<string>();
                foreach (var name in byline.Authors)
                {
                    regions.Add(Region(start, line, name, RegionKind.Author));
                    names.Add(line[name].ToString());
                }

                author = names.Count > 0 ? string.Join(", ", names) : null;
                if (byline.Outlet is { } outlet)
                {
                    regions.Add(Region(start, line, outlet, RegionKind.Outlet));
                    source = line[outlet].ToString();
                }

                if (!dateline && byline.Tail is { } tail && DatelineParser.ParsePlace(line[tail]) is { } place)
                {
                    var offset = start + tail.Start.Value;
                    AddDateline(regions, offset, line[tail], place);
                    dateline = true;
                }

                continue;
            }

            if (!dateline && kind is null && DatelineParser.ParseOpening(line) is { } opening)
            {
                AddDateline(regions, start, line, opening);
                dateline = true;
            }

            if (LineShape.WordCount(line) > RunningTextWords)
            {
                break;
            }
        }

        return new Lead(author, source);
    }

    private static void AddDateline(List<DocumentRegion> regions, int offset, ReadOnlySpan<char> text, DatelineParser.Dateline dateline)
    {
        var place = dateline.Place.GetOffsetAndLength(text.Length);
        var end = dateline.End;
        while (end > place.Offset && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        regions.Add(new DocumentRegion(offset + place.Offset, offset + end, RegionKind.Dateline));
        regions.Add(new DocumentRegion(offset + place.Offset, offset + place.Offset + place.Length, RegionKind.Place));
        if (dateline.Outlet is { } outlet)
        {
            regions.Add(Region(offset, text, outlet, RegionKind.Outlet));
        }
    }

    private static DocumentRegion Region(int offset, ReadOnlySpan<char> line, Range range, RegionKind kind)
    {
        var (start, length) = range.GetOffsetAndLength(line.Length);
        return new DocumentRegion(offset + start, offset + start + length, kind);
    }

    // Headings, the title line and reference lists of plain text, from the shape of its lines.
    private static void FindPlainStructure(string text, List<DocumentRegion> regions, bool firstLineIsTitle)
    {
        var lines = new List<(int Start, int End)>();
        foreach (var (start, end) in Lines(text))
        {
            if (!text.AsSpan(start, end - start).IsWhiteSpace())
            {
                lines.Add(Trimmed(text, start, end));
            }
        }

        // Regions so far (the reader's and the lead's), sorted, walked with the lines: one pass over both.
        var known = regions.ToArray();
        Array.Sort(known, static (a, b) => a.Start.CompareTo(b.Start));
        var next = 0;
        var reach = 0;
        var inReferences = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var (start, end) = lines[i];
            var line = text.AsSpan(start, end - start);
            var covered = false;
            for (; next < known.Length && known[next].Start < end; next++)
            {
                reach = Math.Max(reach, known[next].End);
                covered |= known[next].End > start;
            }

            if (covered || reach > start)
            {
                continue;
            }

            if (i == 0 && firstLineIsTitle && IsTitleLine(line, lines.Count > 1))
            {
                regions.Add(new DocumentRegion(start, end, RegionKind.Title));
                continue;
            }

            if (IsHeading(text, lines, i))
            {
                regions.Add(new DocumentRegion(start, end, RegionKind.Heading));
                inReferences = ReferenceHeadings.IsReferenceHeading(line);
                continue;
            }

            if (inReferences)
            {
                regions.Add(new DocumentRegion(start, end, RegionKind.Reference));
            }
        }
    }

    private static bool IsTitleLine(ReadOnlySpan<char> line, bool more)
        => more && LineShape.WordCount(line) <= 20 && line[^1] is not (',' or ';' or ':');

    /// <summary>
    /// A plain-text heading: a short line of its own, in headline casing (or numbered, or all capitals), that is not
    /// the last line, does not end like a sentence unless it is a short label ("ABSTRACT.") or a title-case question,
    /// and is not one item of a list.
    /// </summary>
    internal static bool IsHeading(string text, List<(int Start, int End)> lines, int i)
    {
        if (i + 1 >= lines.Count)
        {
            return false;
        }

        var line = text.AsSpan(lines[i].Start, lines[i].End - lines[i].Start);
        var content = LineShape.StripMarker(line);
        var words = LineShape.WordCount(content);
        if (content.Length is 0 or > HeadingChars || words > HeadingWords || !char.IsUpper(content[0]))
        {
            return false;
        }

        if (content.StartsWith("Q:", StringComparison.Ordinal) || content.StartsWith("A:", StringComparison.Ordinal) || content.Count(',') > 1)
        {
            return false;
        }

        var mark = LineShape.ListMark(line);
        if (mark != '\0' && (LineShape.ListMark(Line(text, lines, i - 1)) == mark || LineShape.ListMark(Line(text, lines, i + 1)) == mark))
        {
            return false;
        }

        var titleCase = LineShape.IsTitleCase(content);
        var allCaps = LineShape.IsAllCaps(content);
        var numbered = LineShape.IsNumbered(line);
        return content[^1] switch
        {
            '.' => words <= 3 && (allCaps || titleCase) && !content.EndsWith("..", StringComparison.Ordinal) && !IsCredit(content),
            ':' => words <= 4 && allCaps,
            '?' or '!' => titleCase && words > 1,
            ',' or ';' or '—' or '-' or '–' => false,
            _ => titleCase || allCaps || (numbered && words > 1),
        };
    }

    // A photo credit ("Ana Ruiz / Reuters.", "Getty Images via AP.") is a short title-case line too, but no heading.
    private static bool IsCredit(ReadOnlySpan<char> line)
        => line.Contains(" via ", StringComparison.Ordinal) || line.Contains('/') || line.StartsWith("Photo", StringComparison.OrdinalIgnoreCase);

    private static ReadOnlySpan<char> Line(string text, List<(int Start, int End)> lines, int i)
        => i < 0 || i >= lines.Count ? [] : text.AsSpan(lines[i].Start, lines[i].End - lines[i].Start);

    // The kind of a region already covering [start, end) (a reader's heading, a byline found above), if any.
    private static RegionKind? Covering(List<DocumentRegion> regions, int start, int end)
    {
        foreach (var region in regions)
        {
            if (region.Start < end && start < region.End)
            {
                return region.Kind;
            }
        }

        return null;
    }

    private static (int Start, int End) Trimmed(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }

    private static IEnumerable<(int Start, int End)> Lines(string text)
    {
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            yield return (start, end);
            start = end + 1;
        }
    }
}
