using System.Collections.Immutable;
using Backchannel.Documents;
using Backchannel.Entities;
using Backchannel.Text;

namespace Backchannel.Quotes;

/// <summary>
/// Turns grouped attributions into <see cref="Quote"/> records: the kind (from the quotation-mark state of the
/// content's words), the speaker (trimmed, anonymous or named, pronouns and surnames resolved to an earlier full
/// name only where the text supports it) and the reporting chain ("according to Reuters, X said" keeps Reuters as
/// <see cref="Quote.Via"/> and drops the relay as a quote of its own).
/// </summary>
internal static partial class QuoteBuilder
{
    public static void Build(QuoteInput input, List<Attribution> attributions, ReadOnlySpan<EntityMention> entities, List<Quote> output)
    {
        var relays = new HashSet<Attribution>();
        var vias = new string?[attributions.Count];
        for (var a = 0; a < attributions.Count; a++)
        {
            vias[a] = Via(input, attributions[a], attributions, entities, relays);
        }

        for (var a = 0; a < attributions.Count; a++)
        {
            var attribution = attributions[a];
            if (relays.Contains(attribution))
            {
                continue;
            }

            var parts = ImmutableArray.CreateBuilder<TextSpan>(attribution.Content.Count);
            foreach (var (start, end) in attribution.Content)
            {
                parts.Add(new TextSpan(input.Tokens[start].Start, input.Tokens[end - 1].End));
            }

            var text = parts.Count == 1
                ? input.Text[parts[0].Start..parts[0].End]
                : string.Join(" … ", parts.Select(p => input.Text[p.Start..p.End]));
            var cueStart = input.Tokens[attribution.Cue.Start].Start;
            var cueEnd = input.Tokens[attribution.Cue.End - 1].End;
            output.Add(new Quote(
                parts[0].Start,
                parts[^1].End,
                text,
                Kind(input, attribution),
                Speaker(input, attribution, attributions, entities),
                input.Text[cueStart..cueEnd],
                cueStart,
                cueEnd,
                vias[a],
                parts.MoveToImmutable()));
        }

        output.Sort((x, y) => x.Start.CompareTo(y.Start));
    }

    private static QuoteKind Kind(QuoteInput input, Attribution attribution)
    {
        int inside = 0, outside = 0;
        foreach (var (start, end) in attribution.Content)
        {
            for (var t = start; t < end; t++)
            {
                if (input.Tokens[t].Kind is TokenKind.Punctuation or TokenKind.Quote or TokenKind.Bracket or TokenKind.Symbol)
                {
                    continue;
                }

                if (input.QuoteState[t] == QuoteInput.Inside)
                {
                    inside++;
                }
                else
                {
                    outside++;
                }
            }
        }

        return inside == 0 ? QuoteKind.Indirect : outside == 0 ? QuoteKind.Direct : QuoteKind.Partial;
    }

    private static int TokenAt(QuoteInput input, int offset)
    {
        int lo = 0, hi = input.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (input.Tokens[mid].End <= offset)
            {
                lo = mid + 1;
            }
            else if (input.Tokens[mid].Start > offset)
            {
                hi = mid - 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }

    private static bool InContent(Attribution attribution, int t)
    {
        foreach (var (start, end) in attribution.Content)
        {
            if (t >= start && t < end)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPunctuation(QuoteInput input, int t) =>
        input.Tokens[t].Kind is TokenKind.Punctuation or TokenKind.Quote or TokenKind.Bracket;
}
