namespace Backchannel.Entities;

/// <summary>
/// Reads entities from IOB tag sequences the way conlleval does, so IOB1 (CoNLL-2003: <c>I-X</c> starts an
/// entity, <c>B-X</c> only separates two adjacent entities of one type) and IOB2 (every entity starts with
/// <c>B-X</c>) both work. BILOU tags (<c>L-X</c>, <c>U-X</c>, also <c>E-X</c>, <c>S-X</c>) are accepted too.
/// </summary>
public static class IobChunks
{
    /// <summary>The entities of one sentence's tags, as token spans.</summary>
    public static List<EntitySpan> Read(IReadOnlyList<string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var spans = new List<EntitySpan>();
        var start = -1;
        string? type = null;
        var previousPart = 'O';
        for (var i = 0; i < tags.Count; i++)
        {
            var (part, tagType) = Split(tags[i]);
            var begins = part is 'B' or 'U' or 'S'
                || (part is 'I' or 'L' or 'E' && (start < 0 || previousPart is 'L' or 'E' or 'U' or 'S' || !string.Equals(tagType, type, StringComparison.Ordinal)));
            if (start >= 0 && (part == 'O' || begins))
            {
                spans.Add(new EntitySpan(start, i, type!));
                start = -1;
            }

            if (begins)
            {
                start = i;
                type = tagType;
            }

            previousPart = part;
        }

        if (start >= 0)
        {
            spans.Add(new EntitySpan(start, tags.Count, type!));
        }

        return spans;
    }

    /// <summary>Writes IOB1 tags for spans over <paramref name="length"/> tokens (the CoNLL-2003 convention).</summary>
    public static string[] ToIob1(IReadOnlyList<EntitySpan> spans, int length)
    {
        ArgumentNullException.ThrowIfNull(spans);
        var tags = new string[length];
        Array.Fill(tags, "O");
        var ordered = spans.OrderBy(s => s.Start).ToList();
        for (var n = 0; n < ordered.Count; n++)
        {
            var span = ordered[n];
            var adjacentSameType = n > 0 && ordered[n - 1].End == span.Start && string.Equals(ordered[n - 1].Type, span.Type, StringComparison.Ordinal);
            for (var i = span.Start; i < span.End; i++)
            {
                tags[i] = (i == span.Start && adjacentSameType ? "B-" : "I-") + span.Type;
            }
        }

        return tags;
    }

    private static (char Part, string? Type) Split(string tag)
    {
        if (tag.Length < 3 || tag[1] != '-' || tag[0] is not ('B' or 'I' or 'L' or 'E' or 'U' or 'S'))
        {
            return ('O', null);
        }

        return (tag[0], tag[2..]);
    }
}
