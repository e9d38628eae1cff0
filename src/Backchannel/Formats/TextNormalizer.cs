using System.Text;

namespace Backchannel.Formats;

/// <summary>
/// Puts every reader's text in one canonical shape, so offsets and content hashes do not depend on how a file
/// was saved: NFC, <c>\n</c> line ends, no control characters but <c>\n</c> and <c>\t</c>, no trailing spaces,
/// at most one blank line between paragraphs, no blank lines at either end.
/// </summary>
public static class TextNormalizer
{
    /// <summary>Normalises a whole document text.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var composed = ToNfc(text);
        return IsCanonical(composed) ? composed : Canonicalize(composed, null);
    }

    /// <summary>
    /// Normalises a document text and moves <paramref name="regions"/> with it: a region's start goes to where its
    /// first kept character lands, its end to just after its last kept one, so a heading keeps covering its words
    /// when blank lines or trailing spaces before it go. Regions left empty are dropped; if the text's composition
    /// cannot be split at the region boundaries (a boundary inside a character sequence NFC joins), all are dropped.
    /// </summary>
    internal static string Normalize(string text, List<Documents.DocumentRegion> regions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(regions);
        if (regions.Count == 0)
        {
            return Normalize(text);
        }

        // Even slots are starts, odd slots ends.
        var positions = new int[2 * regions.Count];
        for (var i = 0; i < regions.Count; i++)
        {
            positions[2 * i] = Math.Clamp(regions[i].Start, 0, text.Length);
            positions[(2 * i) + 1] = Math.Clamp(regions[i].End, 0, text.Length);
        }

        var composed = ToNfcMapped(text, positions);
        if (composed is null)
        {
            regions.Clear();
            return Normalize(text);
        }

        var normalized = IsCanonical(composed) ? composed : Canonicalize(composed, positions);
        var kept = 0;
        for (var i = 0; i < regions.Count; i++)
        {
            var (start, end) = (positions[2 * i], positions[(2 * i) + 1]);
            if (end > start)
            {
                regions[kept++] = regions[i] with { Start = start, End = end };
            }
        }

        regions.RemoveRange(kept, regions.Count - kept);
        return normalized;
    }

    // NFC that also maps positions: the text is composed piece by piece between the positions, which gives the same
    // string as composing it whole unless a position splits a sequence that composition joins (then null).
    private static string? ToNfcMapped(string text, int[] positions)
    {
        if (IndexOfInvalidCodePoint(text, 0) < 0 && text.IsNormalized(NormalizationForm.FormC))
        {
            return text;
        }

        var cuts = positions.Append(0).Append(text.Length).Distinct().Order().ToArray();
        var moved = new Dictionary<int, int>(cuts.Length);
        var builder = new StringBuilder(text.Length);
        moved[0] = 0;
        for (var k = 1; k < cuts.Length; k++)
        {
            builder.Append(ToNfc(text[cuts[k - 1]..cuts[k]]));
            moved[cuts[k]] = builder.Length;
        }

        var composed = builder.ToString();
        if (!string.Equals(composed, ToNfc(text), StringComparison.Ordinal))
        {
            return null;
        }

        for (var k = 0; k < positions.Length; k++)
        {
            positions[k] = moved[positions[k]];
        }

        return composed;
    }

    // The canonical layout (see the class summary). With positions (even slots starts, odd slots ends, in the
    // composed text), each is moved into the output: an end to the output length when its character is reached,
    // before any held-back whitespace is written; a start to where the next visible character is written.
    private static string Canonicalize(string composed, int[]? positions)
    {
        int[] order = [];
        var next = 0;
        var pendingStarts = new List<int>();
        if (positions is not null)
        {
            order = Enumerable.Range(0, positions.Length).OrderBy(k => positions[k]).ToArray();
        }

        var builder = new StringBuilder(composed.Length);
        var pendingNewlines = 0;
        var lineStart = true;
        var pendingSpaces = new StringBuilder();
        for (var i = 0; i < composed.Length; i++)
        {
            for (; next < order.Length && positions![order[next]] <= i; next++)
            {
                var k = order[next];
                if ((k & 1) == 1)
                {
                    positions[k] = builder.Length;
                }
                else
                {
                    pendingStarts.Add(k);
                }
            }

            var c = composed[i];
            switch (c)
            {
                case '\r':
                    if (i + 1 < composed.Length && composed[i + 1] == '\n')
                    {
                        i++;
                    }

                    goto case '\n';
                case '\n':
                case '\u2028':
                case '\u0085':
                    pendingSpaces.Clear();
                    pendingNewlines++;
                    lineStart = true;
                    continue;
                case '\u2029':
                    pendingSpaces.Clear();
                    pendingNewlines += 2;
                    lineStart = true;
                    continue;
                case ' ' or '\t' or '\u00A0' or '\u3000' or '\f' or '\v':
                    // Held back until something visible follows, which drops trailing spaces on every line.
                    pendingSpaces.Append(c is '\f' or '\v' ? ' ' : c);
                    continue;
                case '\uFEFF':
                    continue;
                default:
                    if (char.IsControl(c))
                    {
                        continue;
                    }

                    break;
            }

            if (lineStart)
            {
                if (builder.Length > 0 && pendingNewlines > 0)
                {
                    builder.Append('\n', Math.Min(pendingNewlines, 2));
                }

                pendingNewlines = 0;
                lineStart = false;
            }

            if (pendingSpaces.Length > 0)
            {
                if (builder.Length > 0)
                {
                    builder.Append(pendingSpaces);
                }

                pendingSpaces.Clear();
            }

            foreach (var k in pendingStarts)
            {
                positions![k] = builder.Length;
            }

            pendingStarts.Clear();
            builder.Append(c);
        }

        for (; next < order.Length; next++)
        {
            positions![order[next]] = builder.Length;
        }

        foreach (var k in pendingStarts)
        {
            positions![k] = builder.Length;
        }

        return builder.ToString();
    }

    /// <summary>
    /// NFC through ICU. ICU refuses strings with unpaired surrogates (text from broken UTF-16 or JSON escapes) and
    /// the noncharacter U+FFFE (a byte-swapped BOM), so those are replaced by U+FFFD first, as the decoder does with
    /// invalid bytes. (Checked over every code point: no other one makes .NET's normaliser throw.)
    /// </summary>
    private static string ToNfc(string text)
    {
        var span = text.AsSpan();
        var bad = IndexOfInvalidCodePoint(span, 0);
        if (bad >= 0)
        {
            var chars = span.ToArray();
            for (; bad >= 0; bad = IndexOfInvalidCodePoint(chars, bad + 1))
            {
                chars[bad] = '\uFFFD';
            }

            text = new string(chars);
        }

        return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
    }

    private static int IndexOfInvalidCodePoint(ReadOnlySpan<char> text, int start)
    {
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c) || c == '\uFFFE')
            {
                return i;
            }
        }

        return -1;
    }

    // Most documents reach a second normalisation (reader, then assembler) already canonical; one scan proves it
    // without building a copy.
    private static bool IsCanonical(string text)
    {
        if (text.Length == 0)
        {
            return true;
        }

        if (text[0] is '\n' or ' ' or '\t' || text[^1] is '\n' or ' ' or '\t')
        {
            return false;
        }

        var newlines = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                if (++newlines > 2 || text[i - 1] is ' ' or '\t')
                {
                    return false;
                }

                continue;
            }

            if (newlines == 2 && c is ' ' or '\t' && WhitespaceOnlyToLineEnd(text, i))
            {
                return false;
            }

            newlines = 0;
            if (c < ' ' ? c != '\t' : c is '\u007F' or '\u0085' or '\u00A0' or '\u2028' or '\u2029' or '\u3000' or '\uFEFF' || (c >= '\u0080' && char.IsControl(c)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool WhitespaceOnlyToLineEnd(string text, int start)
    {
        var end = text.IndexOf('\n', start);
        return text.AsSpan(start, (end < 0 ? text.Length : end) - start).IsWhiteSpace();
    }

    /// <summary>Normalises a one-line value (title, author): NFC, whitespace runs to one space, trimmed; null when empty.</summary>
    public static string? NormalizeInline(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var composed = ToNfc(value);
        var builder = new StringBuilder(composed.Length);
        var pendingSpace = false;
        foreach (var c in composed)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c) || c == '\uFEFF')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.Length == 0 ? null : builder.ToString();
    }
}
