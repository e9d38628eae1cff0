using System.Collections.Frozen;
using Backchannel.Text;

namespace Backchannel.Numbers;

/// <summary>
/// Matches one quantity at a piece: leading qualifier, the quantity, an optional range end and a trailing qualifier,
/// after the rules in <see cref="NonQuantityRules"/> have had their say.
/// </summary>
internal static class QuantityMatcher
{
    // Every word a quantity can start with; any other word is passed over with one lookup, which keeps the stage
    // cheap on the vast majority of tokens.
    private static readonly string[] StartWordList = [.. NumberWords.All, .. QualifierLexicon.FirstWordsBefore, .. CurrencyLexicon.WordsBefore, "a", "an", "between"];

    private static readonly WordFilter StartFilter = new(StartWordList);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StartWords
        = StartWordList.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>What a match attempt found.</summary>
    internal enum Outcome
    {
        /// <summary>Nothing starts here.</summary>
        None,

        /// <summary>A quantity; <c>end</c> is the piece after it.</summary>
        Found,

        /// <summary>A date, time or identifier; <c>end</c> is the piece after it.</summary>
        Skip,
    }

    /// <summary>Tries to match a quantity starting at piece <paramref name="k"/>.</summary>
    internal static Outcome TryMatch(PieceView v, int k, out Quantity quantity, out int end)
    {
        quantity = default;
        end = k + 1;
        var kind = v[k].Kind;
        if (kind is not (TokenKind.Word or TokenKind.Number or TokenKind.Alphanumeric or TokenKind.Symbol) || (kind == TokenKind.Word && (!StartFilter.MayContain(v.Word(k)) || !StartWords.Contains(v.Word(k)))))
        {
            return Outcome.None;
        }
        if (NonQuantityRules.SkipIdentifier(v, k, out var skipEnd))
        {
            end = skipEnd;
            return Outcome.Skip;
        }

        string? qualifier = null;
        var s = k;
        foreach (var phrase in QualifierLexicon.StartingBefore(v.Word(k)))
        {
            if (Matches(v, k, phrase.Words))
            {
                qualifier = phrase.Qualifier;
                s = k + phrase.Words.Length;
                break;
            }
        }

        var between = v.Is(s, "between");
        if (between)
        {
            s++;
        }

        if ((s > k && NonQuantityRules.SkipIdentifier(v, s, out _)) || !SimpleQuantityParser.TryParse(v, s, out var low) || IsNotANumber(v, low))
        {
            return Outcome.None;
        }

        if (NonQuantityRules.IsDateOrTime(v, low))
        {
            end = low.End;
            return s == k ? Outcome.Skip : Outcome.None;
        }

        end = low.End;
        double? upper = null;
        var rangeJoin = between ? v.Is(low.End, "and") : !v.Is(k - 1, "from") && (v.IsDash(low.End) || v.Is(low.End, "to"));
        if (rangeJoin && low.Kind != QuantityKind.Ordinal && SimpleQuantityParser.TryParse(v, low.End + 1, out var high)
            && high.Kind != QuantityKind.Ordinal && !NonQuantityRules.IsDateOrTime(v, high) && TryJoin(ref low, ref high))
        {
            upper = high.Value;
            qualifier = QuantityQualifier.Range;
            end = high.End;
        }
        else if (between)
        {
            return Outcome.None;
        }

        if (qualifier is null)
        {
            foreach (var phrase in QualifierLexicon.StartingAfter(v.Word(end)))
            {
                if (Matches(v, end, phrase.Words))
                {
                    qualifier = phrase.Qualifier;
                    end += phrase.Words.Length;
                    break;
                }
            }
        }

        var first = s > k ? k : low.Start;
        quantity = new Quantity(v[first].Start, v[end - 1].End, low.Kind, low.Value, upper, low.Unit, qualifier ?? low.Qualifier);
        return Outcome.Found;
    }

    // Pronoun "one" (no one, one another) and the time unit "second" (a split second) are not numbers.
    private static bool IsNotANumber(PieceView v, in SimpleQuantity q)
    {
        if (q.Core.End != q.Core.Start + 1 || !v.IsWord(q.Core.Start) || q.End != q.Core.End)
        {
            return false;
        }

        var at = q.Core.Start;
        if (v.Is(at, "one"))
        {
            return v.Is(at + 1, "another") || v.Is(at - 1, "no") || v.Is(at - 1, "every") || v.Is(at - 1, "any") || v.Is(at - 1, "each") || v.Is(at + 1, "'s");
        }

        return v.Is(at, "second") && (v.Is(at - 1, "split") || v.Is(at - 1, "per"));
    }

    // The ends of a range share what only one of them says: "$5-10m" → both USD and millions; "5 to 10 percent".
    private static bool TryJoin(ref SimpleQuantity low, ref SimpleQuantity high)
    {
        if (low.Scale == 1 && high.Scale > 1 && low.Value < high.Value / high.Scale * 1000)
        {
            low.Value *= high.Scale;
        }

        if (low.Unit is null && high.Unit is not null)
        {
            low.Kind = high.Kind;
            low.Unit = high.Unit;
            low.Value *= high.Factor;
        }
        else if (low.Unit is not null && high.Unit is null && high.Kind == QuantityKind.Cardinal)
        {
            if (high.Scale == 1 && low.Scale > 1 && high.Value < low.Value / low.Scale * 1000)
            {
                high.Value *= low.Scale;
            }

            high.Value *= low.Factor;
        }
        else if (!string.Equals(low.Unit, high.Unit, StringComparison.Ordinal) || low.Kind != high.Kind)
        {
            return false;
        }

        return high.Value > low.Value;
    }

    private static bool Matches(PieceView v, int k, string[] words)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if (!v.Is(k + i, words[i]))
            {
                return false;
            }
        }

        return true;
    }
}
