namespace Backchannel.Tagging;

/// <summary>
/// Reads chunks from IOB tags with the rules of the CoNLL <c>conlleval</c> script, which accept both IOB1 (the
/// CoNLL-2003 chunk column: B- only between two adjacent chunks of one type) and IOB2 (B- at every chunk start).
/// </summary>
public static class ChunkTags
{
    /// <summary>True when a tag (e.g. <c>I-NP</c>) after <paramref name="previous"/> opens a new chunk.</summary>
    public static bool StartsChunk(ReadOnlySpan<char> previous, ReadOnlySpan<char> tag)
    {
        if (IsOutside(tag))
        {
            return false;
        }

        return tag[0] == 'B' || IsOutside(previous) || !Type(previous).SequenceEqual(Type(tag));
    }

    /// <summary>The chunk type of a tag: <c>NP</c> for <c>B-NP</c>; empty for <c>O</c>.</summary>
    public static ReadOnlySpan<char> Type(ReadOnlySpan<char> tag) => tag.Length > 2 && tag[1] == '-' ? tag[2..] : [];

    /// <summary>The chunks of a tag sequence as (first token, token count, type).</summary>
    public static List<(int First, int Count, string Type)> Spans(IReadOnlyList<string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var spans = new List<(int, int, string)>();
        for (var i = 0; i < tags.Count; i++)
        {
            if (!StartsChunk(i == 0 ? "O" : tags[i - 1], tags[i]))
            {
                continue;
            }

            var end = i + 1;
            while (end < tags.Count && !IsOutside(tags[end]) && !StartsChunk(tags[end - 1], tags[end]))
            {
                end++;
            }

            spans.Add((i, end - i, Type(tags[i]).ToString()));
        }

        return spans;
    }

    /// <summary>Rewrites tags as IOB2 (B- at every chunk start), which is what the chunker learns.</summary>
    public static string[] ToIob2(IReadOnlyList<string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var result = new string[tags.Count];
        for (var i = 0; i < tags.Count; i++)
        {
            var type = Type(tags[i]);
            result[i] = type.IsEmpty ? "O"
                : StartsChunk(i == 0 ? "O" : tags[i - 1], tags[i]) ? "B-" + type.ToString()
                : "I-" + type.ToString();
        }

        return result;
    }

    private static bool IsOutside(ReadOnlySpan<char> tag) => tag.IsEmpty || tag[0] == 'O' || Type(tag).IsEmpty;
}
