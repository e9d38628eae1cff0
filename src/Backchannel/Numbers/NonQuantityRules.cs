using System.Collections.Frozen;

namespace Backchannel.Numbers;

/// <summary>
/// Numbers that are not quantities: years and days in a date, clock times, phone numbers and identifiers.
/// Dates belong to the dates stage, so this stage steps over them rather than claiming them.
/// </summary>
/// <remarks>
/// A bare four-digit number 1000–2100 is a year when a date word stands before it (in, since, by, until, till,
/// before, after, during, of, from, through, to, between, and, or, around, circa, early, late, mid, a month name, or
/// a comma after "Month day"), when a month, a dash or slash plus digits, or <c>'s</c> follows it, or when it stands
/// between a determiner (the, this, last …) or the sentence start and a word that is not a unit ("the 2014 election").
/// A bare number 1–31 (or an ordinal) next to a capitalised month name is a day of the month, as is the end of
/// a day range after a month ("May 27-29").
/// </remarks>
internal static class NonQuantityRules
{
    private static readonly FrozenSet<string> YearBefore = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "in", "since", "by", "until", "till", "before", "after", "during", "of", "from", "through", "to", "between", "and", "or",
        "around", "circa", "early", "late", "mid", "year", "fiscal", "season", "spring", "summer", "autumn", "fall", "winter", "-", "\u2013");

    private static readonly FrozenSet<string> Determiners = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "the", "a", "its", "their", "his", "her", "this", "that", "last", "next", "our");

    private static readonly FrozenSet<string> TimeWords = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "a.m.", "p.m.", "am", "pm", "a.m", "p.m", "GMT", "BST", "CET", "CEST", "UTC", "ET", "EST", "EDT", "PST", "o'clock", "hrs", "local");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> YearBeforeLookup = YearBefore.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DeterminerLookup = Determiners.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TimeLookup = TimeWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Phone numbers and codes starting at piece <paramref name="k"/>: <c>+7 (495) …</c>, <c>555-0123</c>,
    /// <c>2026-01-20</c>. Returns the piece after the run to skip.
    /// </summary>
    internal static bool SkipIdentifier(PieceView v, int k, out int end)
    {
        end = k;
        if (!v.IsNumeric(k))
        {
            return false;
        }

        var word = v.Word(k);
        var grouped = v.IsDash(k + 1) && v.Touches(k + 1) && v.Touches(k + 2) && v.IsNumeric(k + 2);
        if ((word[0] == '+' && (v.Is(k + 1, "(") || v.IsNumeric(k + 1) || (v.IsDash(k + 1) && v.IsNumeric(k + 2)))) || (word is [_, _, _] && grouped && v.Word(k + 2).Length == 4))
        {
            end = k + 1;
            while (end < v.Count && (v.IsNumeric(end) || v.IsDash(end) || v.Is(end, "(") || v.Is(end, ")")))
            {
                end++;
            }

            return true;
        }

        if (grouped && v.IsDash(k + 3) && v.Touches(k + 3) && v.Touches(k + 4) && v.IsNumeric(k + 4))
        {
            end = k + 5;
            return true;
        }

        return false;
    }

    /// <summary>True when the quantity is a year or day in a date, or a clock time.</summary>
    internal static bool IsDateOrTime(PieceView v, in SimpleQuantity q)
    {
        var core = q.Core;
        var single = core.End == core.Start + 1 && q.Start == core.Start;
        if (single && (core.Plain || core.Ordinal) && q.Unit is null && core.Value is >= 1 and <= 31 && core.Value == Math.Floor(core.Value)
            && (v.IsMonth(q.Start - 1) || v.IsMonth(q.End) || (v.Is(q.End, "of") && v.IsMonth(q.End + 1))
                || (v.IsDash(q.Start - 1) && v.IsNumeric(q.Start - 2) && v.IsMonth(q.Start - 3))))
        {
            return true;
        }

        if (!q.IsBare)
        {
            return false;
        }

        if (TimeLookup.Contains(v.Word(q.End)))
        {
            return true;
        }

        return core.IntegerDigits == 4 && core.Value is >= 1000 and <= 2100 && IsYearContext(v, q.Start, q.End);
    }

    private static bool IsYearContext(PieceView v, int start, int end)
    {
        var before = v.Word(start - 1);
        if (YearBeforeLookup.Contains(before) || v.IsMonth(start - 1))
        {
            return true;
        }

        // "January 20, 2026" (the day was stepped over already) and "the years 2014 and 2015".
        if (before is "," && v.IsNumeric(start - 2) && v.IsMonth(start - 3))
        {
            return true;
        }

        if (v.IsMonth(end) || v.Is(end, "'s") || v.Is(end, "\u2019s") || ((v.IsDash(end) || v.Is(end, "/")) && v.IsNumeric(end + 1)))
        {
            return true;
        }

        var attributive = start == 0 || DeterminerLookup.Contains(before);
        return attributive && v.IsWord(end) && !UnitLexicon.TryFind(v.Word(end), out _) && !CurrencyLexicon.TryWord(v.Word(end), out _);
    }
}
