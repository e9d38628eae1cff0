using System.Text;
using Backchannel.Documents;
using Backchannel.Formats.Structure;

namespace Backchannel.Formats;

/// <summary>
/// Converts Markdown to the plain text a reader sees, so offsets point into readable prose: heading marks,
/// emphasis, link targets, images and reference definitions go; link text, image alt text, code (fenced or
/// inline) and list items ("- ") stay. Line-based and linear: no recursion, no backtracking.
/// </summary>
internal static class MarkdownConverter
{
    /// <summary>Converts normalised Markdown; the title is the first level-1 heading, else the first line.</summary>
    internal static (string Text, string? Title) Convert(string markdown) => Convert(markdown, null);

    /// <summary>
    /// Converts normalised Markdown; with <paramref name="regions"/>, also records its structure in the output's
    /// offsets: ATX and setext headings (the first level-1 heading as the title), image text as captions, and each
    /// line or list item under a "References" (or "Bibliography", "Sources", …) heading as a reference entry.
    /// </summary>
    internal static (string Text, string? Title) Convert(string markdown, List<DocumentRegion>? regions)
    {
        var output = new StringBuilder(markdown.Length);
        string? heading = null;
        string? firstLine = null;
        var inFence = false;
        var fence = "";
        var previousHadText = false;
        var previousLine = (Start: 0, End: 0);
        var inReferences = false;
        foreach (var rawLine in markdown.Split('\n'))
        {
            var line = rawLine.AsSpan();
            var trimmed = line.TrimStart();
            if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
            {
                var marker = trimmed[..3].ToString();
                if (!inFence || marker == fence)
                {
                    inFence = !inFence;
                    fence = marker;
                    continue;
                }
            }

            if (inFence)
            {
                output.Append(line).Append('\n');
                continue;
            }

            if (IsReferenceDefinition(trimmed))
            {
                continue;
            }

            if (previousHadText && IsSetextUnderline(trimmed))
            {
                // The heading line is already written; the underline only marks it.
                if (regions is not null)
                {
                    var level1 = trimmed[0] == '=';
                    regions.RemoveAll(r => r.Start >= previousLine.Start && r.End <= previousLine.End && r.Kind == RegionKind.Reference);
                    regions.Add(new DocumentRegion(previousLine.Start, previousLine.End, level1 && !HasTitle(regions) ? RegionKind.Title : RegionKind.Heading));
                    inReferences = ReferenceHeadings.IsReferenceHeading(output.ToString(previousLine.Start, previousLine.End - previousLine.Start));
                }

                previousHadText = false;
                continue;
            }

            if (IsThematicBreak(trimmed))
            {
                output.Append('\n');
                previousHadText = false;
                continue;
            }

            var prefix = "";
            var content = trimmed;
            var level = HeadingLevel(content);
            if (level > 0)
            {
                content = content[level..].Trim().TrimEnd('#').TrimEnd();
            }
            else
            {
                while (content.StartsWith('>'))
                {
                    content = content[1..].TrimStart();
                }

                if (content.Length >= 2 && content[0] is '*' or '+' or '-' && content[1] is ' ' or '\t')
                {
                    prefix = new string(' ', line.Length - trimmed.Length) + "- ";
                    content = content[2..].TrimStart();
                }
                else if (line.Length > trimmed.Length && trimmed.Length > 0)
                {
                    prefix = line[..(line.Length - trimmed.Length)].ToString();
                }
            }

            var start = output.Length;
            output.Append(prefix);
            AppendInline(content, output, regions);
            var converted = output.ToString(start, output.Length - start).Trim();
            var contentStart = start + prefix.Length;
            while (contentStart < output.Length && char.IsWhiteSpace(output[contentStart]))
            {
                contentStart++;
            }

            var contentEnd = output.Length;
            while (contentEnd > contentStart && char.IsWhiteSpace(output[contentEnd - 1]))
            {
                contentEnd--;
            }

            output.Append('\n');
            previousHadText = converted.Length > 0;
            previousLine = (contentStart, contentEnd);
            if (regions is not null && converted.Length > 0)
            {
                if (level > 0)
                {
                    regions.Add(new DocumentRegion(contentStart, contentEnd, level == 1 && !HasTitle(regions) ? RegionKind.Title : RegionKind.Heading));
                    inReferences = ReferenceHeadings.IsReferenceHeading(converted);
                }
                else if (inReferences)
                {
                    regions.Add(new DocumentRegion(contentStart, contentEnd, RegionKind.Reference));
                }
            }
            if (level == 1 && heading is null && converted.Length > 0)
            {
                heading = converted;
            }

            firstLine ??= converted.Length > 0 ? converted : null;
        }

        return (output.ToString(), heading ?? firstLine);
    }

    private static int HeadingLevel(ReadOnlySpan<char> line)
    {
        var level = 0;
        while (level < line.Length && level < 7 && line[level] == '#')
        {
            level++;
        }

        return level is >= 1 and <= 6 && (level == line.Length || line[level] is ' ' or '\t') ? level : 0;
    }

    private static bool IsSetextUnderline(ReadOnlySpan<char> line)
    {
        var trimmed = line.TrimEnd();
        return trimmed.Length > 0 && (!trimmed.ContainsAnyExcept('=') || !trimmed.ContainsAnyExcept('-'));
    }

    private static bool IsThematicBreak(ReadOnlySpan<char> line)
    {
        var trimmed = line.TrimEnd();
        if (trimmed.Length < 3 || trimmed[0] is not ('*' or '-' or '_'))
        {
            return false;
        }

        var marker = trimmed[0];
        var count = 0;
        foreach (var c in trimmed)
        {
            if (c == marker)
            {
                count++;
            }
            else if (c is not (' ' or '\t'))
            {
                return false;
            }
        }

        return count >= 3;
    }

    private static bool IsReferenceDefinition(ReadOnlySpan<char> line)
    {
        if (!line.StartsWith('[') || line.StartsWith("[^", StringComparison.Ordinal))
        {
            return false;
        }

        var close = line.IndexOf("]:", StringComparison.Ordinal);
        return close > 1 && line[1..close].IndexOf(']') < 0;
    }

    private static bool HasTitle(List<DocumentRegion> regions) => regions.Exists(r => r.Kind == RegionKind.Title);

    private static void AppendInline(ReadOnlySpan<char> line, StringBuilder output, List<DocumentRegion>? regions)
    {
        // Next ']' and ')' positions are cached so a line of many unmatched brackets stays linear.
        var nextBracket = -1;
        var nextParen = -1;
        var skipFrom = -1;
        var skipTo = -1;
        var captionStart = -1;
        var i = 0;
        while (i < line.Length)
        {
            if (i == skipFrom)
            {
                if (captionStart >= 0 && output.Length > captionStart && regions is not null)
                {
                    regions.Add(new DocumentRegion(captionStart, output.Length, RegionKind.Caption));
                }

                captionStart = -1;
                i = skipTo;
                skipFrom = -1;
                continue;
            }

            var c = line[i];
            switch (c)
            {
                case '\\' when i + 1 < line.Length && IsAsciiPunctuation(line[i + 1]):
                    output.Append(line[i + 1]);
                    i += 2;
                    continue;
                case '`':
                    i = AppendCode(line, i, output);
                    continue;
                case '!' when i + 1 < line.Length && line[i + 1] == '[' && skipFrom < 0
                    && TryLink(line, i + 1, ref nextBracket, ref nextParen, out skipFrom, out skipTo):
                    captionStart = output.Length;
                    i += 2;
                    continue;
                case '[' when skipFrom < 0 && TryLink(line, i, ref nextBracket, ref nextParen, out skipFrom, out skipTo):
                    i++;
                    continue;
                case '<' when IsAutolink(line[i..], out var length):
                    output.Append(line.Slice(i + 1, length - 2));
                    i += length;
                    continue;
                case '*' or '~' when i + 1 < line.Length && line[i + 1] == c:
                    i += 2;
                    continue;
                case '_' when i + 1 < line.Length && line[i + 1] == '_':
                    i += 2;
                    continue;
                case '*':
                    // "a * b" is arithmetic or a stray star, not emphasis.
                    if (i > 0 && line[i - 1] == ' ' && (i + 1 >= line.Length || line[i + 1] == ' '))
                    {
                        output.Append(c);
                    }

                    i++;
                    continue;
                case '_':
                    // Inside a word (snake_case) an underscore is text.
                    if (i > 0 && char.IsLetterOrDigit(line[i - 1]) && i + 1 < line.Length && char.IsLetterOrDigit(line[i + 1]))
                    {
                        output.Append(c);
                    }

                    i++;
                    continue;
                default:
                    output.Append(c);
                    i++;
                    continue;
            }
        }
    }

    private static bool IsAsciiPunctuation(char c) => char.IsAscii(c) && (char.IsPunctuation(c) || char.IsSymbol(c));

    // `code` or ``code``: the content verbatim; an unmatched run of backticks is text.
    private static int AppendCode(ReadOnlySpan<char> line, int i, StringBuilder output)
    {
        var run = 1;
        while (i + run < line.Length && line[i + run] == '`')
        {
            run++;
        }

        var close = line[(i + run)..].IndexOf(line.Slice(i, run));
        if (close < 0)
        {
            output.Append(line.Slice(i, run));
            return i + run;
        }

        output.Append(line.Slice(i + run, close).Trim());
        return i + run + close + run;
    }

    // [text](target) or [text][ref]: returns the range "](target)" / "][ref]" to skip once the text is written.
    private static bool TryLink(ReadOnlySpan<char> line, int open, ref int nextBracket, ref int nextParen, out int skipFrom, out int skipTo)
    {
        skipFrom = skipTo = -1;
        if (nextBracket != int.MaxValue && nextBracket <= open)
        {
            var found = line[(open + 1)..].IndexOf(']');
            nextBracket = found < 0 ? int.MaxValue : open + 1 + found;
        }

        var close = nextBracket;
        if (close == int.MaxValue || close + 1 >= line.Length)
        {
            return false;
        }

        var kind = line[close + 1];
        if (kind == '(')
        {
            if (nextParen != int.MaxValue && nextParen <= close)
            {
                var found = line[(close + 1)..].IndexOf(')');
                nextParen = found < 0 ? int.MaxValue : close + 1 + found;
            }

            if (nextParen == int.MaxValue)
            {
                return false;
            }

            (skipFrom, skipTo) = (close, nextParen + 1);
            return true;
        }

        if (kind == '[')
        {
            var end = line[(close + 2)..].IndexOf(']');
            if (end < 0)
            {
                return false;
            }

            (skipFrom, skipTo) = (close, close + 2 + end + 1);
            return true;
        }

        return false;
    }

    private static bool IsAutolink(ReadOnlySpan<char> rest, out int length)
    {
        length = 0;
        if (!rest.StartsWith("<http://", StringComparison.OrdinalIgnoreCase) && !rest.StartsWith("<https://", StringComparison.OrdinalIgnoreCase)
            && !rest.StartsWith("<mailto:", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var close = rest.IndexOfAny('>', ' ');
        if (close < 0 || rest[close] != '>')
        {
            return false;
        }

        length = close + 1;
        return true;
    }
}
