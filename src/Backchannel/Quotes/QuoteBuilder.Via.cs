using Backchannel.Entities;

namespace Backchannel.Quotes;

/// <summary>The reporting chain: "according to X", "as reported by X" become <see cref="Quote.Via"/>.</summary>
internal static partial class QuoteBuilder
{
    private static readonly string[][] s_relayCues =
    [
        ["according", "to"], ["as", "reported", "by"], ["reported", "by"], ["quoted", "by"], ["cited", "by"],
    ];

    // "according to X" / "as reported by X" in the cue's sentence, outside this attribution's content and source,
    // names who relayed the statement. Another attribution anchored on that relay phrase is the relay itself.
    private static string? Via(QuoteInput input, Attribution attribution, List<Attribution> all, ReadOnlySpan<EntityMention> entities, HashSet<Attribution> relays)
    {
        if (IsRelayCue(input, attribution.Cue.Start, out _))
        {
            return null;
        }

        var (sentenceStart, sentenceEnd) = input.Sentences[input.SentenceIndex[attribution.Cue.Start]];
        for (var t = sentenceStart; t < sentenceEnd; t++)
        {
            if (InContent(attribution, t) || !IsRelayCue(input, t, out var length))
            {
                continue;
            }

            var first = t + length;
            var end = first;
            while (end < sentenceEnd && !IsPunctuation(input, end) && !InContent(attribution, end) && end != attribution.Cue.Start)
            {
                end++;
            }

            if (end == first)
            {
                continue;
            }

            // "According to Reuters, the negotiator said": the model may take the relay into the source span.
            if (attribution.HasSource && attribution.Source.Start < end && attribution.Source.End > t)
            {
                var rest = end;
                while (rest < attribution.Source.End && IsPunctuation(input, rest))
                {
                    rest++;
                }

                if (rest < attribution.Source.End)
                {
                    attribution.Source = (Math.Max(rest, attribution.Source.Start), attribution.Source.End);
                }
                else if (SpeakerBefore(input, attribution, sentenceStart, t) is { } before)
                {
                    // "X, as reported by RIA Novosti, said": the source tagged was the relay; the speaker stands before it.
                    attribution.Source = before;
                }
                else
                {
                    continue;
                }
            }

            foreach (var other in all)
            {
                if (other != attribution && other.Cue.Start >= t && other.Cue.Start < first)
                {
                    relays.Add(other);
                }
            }

            var start = input.Tokens[first].Start;
            var stop = input.Tokens[end - 1].End;
            foreach (var mention in entities)
            {
                if (mention.Start >= start && mention.End <= stop)
                {
                    return input.Text[mention.Start..mention.End];
                }
            }

            return input.Text[start..stop];
        }

        return null;
    }

    // The words between the previous punctuation mark (or the sentence start) and the relay phrase at t.
    private static (int Start, int End)? SpeakerBefore(QuoteInput input, Attribution attribution, int sentenceStart, int t)
    {
        var end = t;
        while (end > sentenceStart && IsPunctuation(input, end - 1))
        {
            end--;
        }

        var start = end;
        while (start > sentenceStart && !IsPunctuation(input, start - 1) && !InContent(attribution, start - 1))
        {
            start--;
        }

        return start < end && !InContent(attribution, start) ? (start, end) : null;
    }

    private static bool IsRelayCue(QuoteInput input, int t, out int length)
    {
        foreach (var words in s_relayCues)
        {
            var matches = t + words.Length <= input.Count;
            for (var k = 0; k < words.Length && matches; k++)
            {
                matches = input.Word(t + k).Equals(words[k], StringComparison.OrdinalIgnoreCase);
            }

            if (matches)
            {
                length = words.Length;
                return true;
            }
        }

        length = 0;
        return false;
    }
}
