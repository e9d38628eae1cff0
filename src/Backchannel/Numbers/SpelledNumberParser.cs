using System.Collections.Frozen;

namespace Backchannel.Numbers;

/// <summary>
/// Reads spelled-out numbers across pieces: twenty-four, two hundred and fifty thousand, one and a half million,
/// half a million, a dozen, a third, three-quarters, fourth, twenty-first, dozens, tens of thousands.
/// </summary>
internal static class SpelledNumberParser
{
    // Words around "a third" that show a share rather than a rank: auxiliaries after it, bounds before it.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FractionContext = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "is", "are", "was", "were", "have", "has", "had", "will", "would", "could", "can", "may", "might", "should", "said", "say", "says",
        "than", "about", "around", "nearly", "almost", "roughly", "over", "under", "only", "just", "some", "barely", "fully").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Reads a spelled number starting at piece <paramref name="c"/>; false when there is none.</summary>
    internal static bool TryParse(PieceView v, int c, out NumberCore core)
    {
        core = new NumberCore { Start = c, End = c, Scale = 1 };
        double total = 0, current = 0;
        bool any = false, lastSmall = false, lastTens = false, fromArticle = false;
        var k = c;
        while (k < v.Count)
        {
            var word = v.Word(k);
            if (any && v.IsDash(k) && v.Touches(k) && v.Touches(k + 1) && NumberWords.TryFind(v.Word(k + 1), out _))
            {
                k++;
                continue;
            }

            if (!any && (v.Is(k, "a") || v.Is(k, "an")))
            {
                if (!NumberWords.TryFind(v.Word(k + 1), out var next) || next.Type is not (NumberWordType.Scale or NumberWordType.Hundred or NumberWordType.Dozen or NumberWordType.Quarter or NumberWordType.Ordinal))
                {
                    return false;
                }

                if (next.Type == NumberWordType.Ordinal && !next.Denominator)
                {
                    return false;
                }

                current = 1;
                any = fromArticle = true;
                k++;
                continue;
            }

            if (any && v.Is(k, "and"))
            {
                if ((v.Is(k + 1, "a") || v.Is(k + 1, "an")) && v.Is(k + 2, "half") && current > 0)
                {
                    current += 0.5;
                    lastSmall = lastTens = false;
                    k += 3;
                    core.End = k;
                    continue;
                }

                if ((current >= 100 || total > 0) && NumberWords.TryFind(v.Word(k + 1), out var after) && after.Type is NumberWordType.Unit or NumberWordType.Teen or NumberWordType.Tens)
                {
                    k++;
                    continue;
                }

                break;
            }

            if (!NumberWords.TryFind(word, out var entry))
            {
                break;
            }

            switch (entry.Type)
            {
                case NumberWordType.Unit or NumberWordType.Teen:
                    if (lastSmall && !(lastTens && entry.Type == NumberWordType.Unit && entry.Value > 0))
                    {
                        return Finish(ref core, total + current, any);
                    }

                    current += entry.Value;
                    lastTens = false;
                    lastSmall = true;
                    break;
                case NumberWordType.Tens:
                    if (lastSmall)
                    {
                        return Finish(ref core, total + current, any);
                    }

                    current += entry.Value;
                    lastSmall = lastTens = true;
                    break;
                case NumberWordType.Hundred:
                    if (current >= 100)
                    {
                        return Finish(ref core, total + current, any);
                    }

                    current = (current == 0 ? 1 : current) * 100;
                    lastSmall = lastTens = false;
                    break;
                case NumberWordType.Scale:
                    if (!any)
                    {
                        return false;
                    }

                    total += (current == 0 ? 1 : current) * entry.Value;
                    current = 0;
                    core.Scale = entry.Value;
                    lastSmall = lastTens = false;
                    break;
                case NumberWordType.Dozen:
                    if (!any)
                    {
                        return false;
                    }

                    current = (current == 0 ? 1 : current) * 12;
                    lastSmall = lastTens = false;
                    break;
                case NumberWordType.Ordinal:
                    return Ordinal(v, ref core, k, entry, total, current, any, lastSmall, lastTens, fromArticle);
                case NumberWordType.Quarter or NumberWordType.PluralDenominator:
                    if (!any || total > 0 || current < 1 || (entry.Type == NumberWordType.Quarter && current > 1))
                    {
                        return Finish(ref core, total + current, any && !fromArticle);
                    }

                    core.Fraction = true;
                    core.End = k + 1;
                    core.Value = current / entry.Value;
                    return true;
                case NumberWordType.PluralScale:
                    return !any && Plural(v, ref core, k, entry);
                case NumberWordType.Half:
                    if (any)
                    {
                        return Finish(ref core, total + current, true);
                    }

                    if ((v.Is(k + 1, "a") || v.Is(k + 1, "an")) && NumberWords.IsScale(v.Word(k + 2), out _))
                    {
                        current = 0.5;
                        any = true;
                        k += 2;
                        continue;
                    }

                    if (!v.Is(k + 1, "of"))
                    {
                        return false;
                    }

                    core.Fraction = true;
                    core.Value = 0.5;
                    core.End = k + 1;
                    return true;
            }

            any = true;
            k++;
            core.End = k;
        }

        return Finish(ref core, total + current, any);
    }

    private static bool Finish(ref NumberCore core, double value, bool any)
    {
        core.Value = value;
        return any && core.End > core.Start;
    }

    private static bool Ordinal(PieceView v, ref NumberCore core, int k, NumberWord entry, double total, double current, bool any, bool lastSmall, bool lastTens, bool fromArticle)
    {
        // "a third of", "two thirds", "more than a third backed it": a fraction; "a third term" and "the third": a rank.
        var fractionFollows = !v.IsWord(k + 1) || v.Is(k + 1, "of") || v.Word(k + 1).EndsWith("ed", StringComparison.OrdinalIgnoreCase)
            || FractionContext.Contains(v.Word(k + 1)) || FractionContext.Contains(v.Word(core.Start - 1));
        if (any && entry.Denominator && total == 0 && current is >= 1 and < 10 && (!fromArticle || fractionFollows))
        {
            core.Fraction = true;
            core.Value = current / entry.Value;
            core.End = k + 1;
            return true;
        }

        core.Ordinal = true;
        core.End = k + 1;
        if (fromArticle || !any)
        {
            core.Start = k;
            core.Value = entry.Value;
        }
        else if (entry.Value >= 100)
        {
            core.Value = total + ((current == 0 ? 1 : current) * entry.Value);
        }
        else if (lastSmall && !lastTens)
        {
            // "nine first-class matches": the ordinal starts a new word group; keep the cardinal.
            core.Ordinal = false;
            core.End = k;
            return Finish(ref core, total + current, true);
        }
        else
        {
            core.Value = total + current + entry.Value;
        }

        return true;
    }

    // dozens → ≥ 24, hundreds → ≥ 200, tens of thousands → ≥ 20,000; "tens" and "scores" only with "of".
    private static bool Plural(PieceView v, ref NumberCore core, int k, NumberWord entry)
    {
        var value = 2 * entry.Value;
        var end = k + 1;
        if (v.Is(end, "of") && NumberWords.TryFind(v.Word(end + 1), out var next) && next.Type == NumberWordType.PluralScale && next.Value >= 1000 && next.Value > entry.Value)
        {
            value *= next.Value;
            end += 2;
        }
        else if (entry.Value is 10 or 20 && !v.Is(end, "of"))
        {
            return false;
        }

        core.Value = value;
        core.End = end;
        core.Qualifier = QuantityQualifier.EqualOrMore;
        return true;
    }
}
