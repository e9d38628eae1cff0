using System.Text;

namespace Backchannel.Formats.Normalization;

/// <summary>
/// Unicode NFC without ICU: the build runs in invariant-globalization mode, where <see cref="string.Normalize()"/>
/// leaves non-ASCII text untouched. Characters below U+0300 never combine with what precedes them and are
/// already NFC, so only the runs around higher characters are decomposed, reordered and recomposed.
/// </summary>
internal static class CanonicalComposer
{
    private const int FirstCombining = 0x300;
    private const int HangulBase = 0xAC00;
    private const int HangulLeadBase = 0x1100;
    private const int HangulVowelBase = 0x1161;
    private const int HangulTrailBase = 0x11A7;
    private const int HangulLeadCount = 19;
    private const int HangulVowelCount = 21;
    private const int HangulTrailCount = 28;
    private const int HangulSyllableCount = HangulLeadCount * HangulVowelCount * HangulTrailCount;

    /// <summary>Returns the NFC form of <paramref name="text"/> (the same instance when nothing changes).</summary>
    internal static string ToNfc(string text)
    {
        var first = IndexOfHigh(text, 0);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var codePoints = new List<int>();
        var copied = 0;
        var index = first;
        while (index >= 0)
        {
            // The segment starts at the starter just before the high run (it may compose with the run).
            var start = index > copied && text[index - 1] < FirstCombining ? index - 1 : index;
            builder.Append(text, copied, start - copied);
            var end = index;
            while (end < text.Length && text[end] >= FirstCombining)
            {
                end++;
            }

            codePoints.Clear();
            Decompose(text.AsSpan(start, end - start), codePoints);
            Reorder(codePoints);
            Compose(codePoints);
            foreach (var codePoint in codePoints)
            {
                builder.Append(char.ConvertFromUtf32(codePoint));
            }

            copied = end;
            index = IndexOfHigh(text, end);
        }

        builder.Append(text, copied, text.Length - copied);
        var result = builder.ToString();
        return string.Equals(result, text, StringComparison.Ordinal) ? text : result;
    }

    private static int IndexOfHigh(string text, int from)
    {
        var offset = text.AsSpan(from).IndexOfAnyExceptInRange('\0', (char)(FirstCombining - 1));
        return offset < 0 ? -1 : from + offset;
    }

    private static void Decompose(ReadOnlySpan<char> segment, List<int> output)
    {
        var i = 0;
        while (i < segment.Length)
        {
            int codePoint;
            if (char.IsHighSurrogate(segment[i]) && i + 1 < segment.Length && char.IsLowSurrogate(segment[i + 1]))
            {
                codePoint = char.ConvertToUtf32(segment[i], segment[i + 1]);
                i += 2;
            }
            else
            {
                // A lone surrogate cannot be a scalar; the decoders already replaced them, so keep it as U+FFFD.
                codePoint = char.IsSurrogate(segment[i]) ? 0xFFFD : segment[i];
                i++;
            }

            var sIndex = codePoint - HangulBase;
            if (sIndex is >= 0 and < HangulSyllableCount)
            {
                output.Add(HangulLeadBase + (sIndex / (HangulVowelCount * HangulTrailCount)));
                output.Add(HangulVowelBase + (sIndex % (HangulVowelCount * HangulTrailCount) / HangulTrailCount));
                var trail = sIndex % HangulTrailCount;
                if (trail != 0)
                {
                    output.Add(HangulTrailBase + trail);
                }

                continue;
            }

            var decomposition = NfcTables.Decomposition(codePoint);
            if (decomposition is null)
            {
                output.Add(codePoint);
            }
            else
            {
                output.AddRange(decomposition);
            }
        }
    }

    private static void Reorder(List<int> codePoints)
    {
        // Stable insertion sort of each run of non-starters by combining class (runs are short).
        for (var i = 1; i < codePoints.Count; i++)
        {
            var current = codePoints[i];
            var currentClass = NfcTables.CombiningClass(current);
            if (currentClass == 0)
            {
                continue;
            }

            var j = i - 1;
            while (j >= 0)
            {
                var previousClass = NfcTables.CombiningClass(codePoints[j]);
                if (previousClass == 0 || previousClass <= currentClass)
                {
                    break;
                }

                codePoints[j + 1] = codePoints[j];
                j--;
            }

            codePoints[j + 1] = current;
        }
    }

    private static void Compose(List<int> codePoints)
    {
        if (codePoints.Count < 2)
        {
            return;
        }

        var starterIndex = NfcTables.CombiningClass(codePoints[0]) == 0 ? 0 : -1;
        var lastClass = starterIndex == 0 ? 0 : 256;
        var write = 1;
        for (var read = 1; read < codePoints.Count; read++)
        {
            var current = codePoints[read];
            var currentClass = NfcTables.CombiningClass(current);
            if (starterIndex >= 0)
            {
                var starter = codePoints[starterIndex];
                var composite = ComposePair(starter, current);
                var blocked = lastClass != 0 && lastClass >= currentClass;
                var adjacent = write == starterIndex + 1;
                if (composite >= 0 && (adjacent || (!blocked && lastClass != 0)))
                {
                    codePoints[starterIndex] = composite;
                    continue;
                }
            }

            if (currentClass == 0)
            {
                starterIndex = write;
            }

            lastClass = currentClass;
            codePoints[write++] = current;
        }

        codePoints.RemoveRange(write, codePoints.Count - write);
    }

    private static int ComposePair(int first, int second)
    {
        var lIndex = first - HangulLeadBase;
        if (lIndex is >= 0 and < HangulLeadCount)
        {
            var vIndex = second - HangulVowelBase;
            return vIndex is >= 0 and < HangulVowelCount
                ? HangulBase + (((lIndex * HangulVowelCount) + vIndex) * HangulTrailCount)
                : -1;
        }

        var sIndex = first - HangulBase;
        if (sIndex is >= 0 and < HangulSyllableCount && sIndex % HangulTrailCount == 0)
        {
            var tIndex = second - HangulTrailBase;
            return tIndex is > 0 and < HangulTrailCount ? first + tIndex : -1;
        }

        return NfcTables.Composite(first, second);
    }
}
