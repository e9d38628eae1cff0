namespace Backchannel.Dates.Evaluation;

/// <summary>
/// Scores recognised timexes against gold ones, TempEval-3 style: strict (same offsets) and relaxed (overlapping)
/// extent precision/recall/F1, and value accuracy over the matched gold timexes. Each gold timex is paired with the
/// overlapping system timex sharing the most characters (ties: the first); its type and value must then be exactly
/// right. Not thread-safe; use one per run.
/// </summary>
public sealed class TimexScorer
{
    private readonly TimexCounts[] _byType = [new(), new(), new(), new()];
    private readonly List<TimexMismatch> _mismatches = [];

    /// <summary>Counts over all types.</summary>
    public TimexCounts Overall { get; } = new();

    /// <summary>Documents scored.</summary>
    public int Documents { get; private set; }

    /// <summary>Every miss, spurious find and wrong normalisation, in the order met.</summary>
    public IReadOnlyList<TimexMismatch> Mismatches => _mismatches;

    /// <summary>Counts for one type.</summary>
    public TimexCounts For(TimexType type) => _byType[(int)type];

    /// <summary>Adds one document's gold and system timexes.</summary>
    public void Add(string document, string text, IReadOnlyList<Timex> gold, IReadOnlyList<Timex> system)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(system);
        Documents++;
        foreach (var g in gold)
        {
            var counts = _byType[(int)g.Type];
            Bump(counts, Overall, c => c.Gold++);
            Timex? best = null;
            var bestOverlap = 0;
            foreach (var s in system)
            {
                var overlap = Math.Min(g.End, s.End) - Math.Max(g.Start, s.Start);
                if (overlap > bestOverlap || (overlap > 0 && overlap == bestOverlap && s.Start == g.Start && s.End == g.End))
                {
                    best = s;
                    bestOverlap = overlap;
                }
            }

            if (best is not { } paired)
            {
                _mismatches.Add(new TimexMismatch(document, "missed", Slice(text, g), g, null, null, Context(text, g)));
                continue;
            }

            Bump(counts, Overall, c => c.RelaxedGold++);
            if (system.Any(s => s.Start == g.Start && s.End == g.End))
            {
                Bump(counts, Overall, c => c.StrictGold++);
            }

            var typeRight = paired.Type == g.Type;
            var valueRight = string.Equals(paired.Value, g.Value, StringComparison.Ordinal);
            Bump(counts, Overall, c => c.TypeCorrect += typeRight ? 1 : 0);
            Bump(counts, Overall, c => c.ValueCorrect += valueRight ? 1 : 0);
            Bump(counts, Overall, c => c.TypeAndValueCorrect += typeRight && valueRight ? 1 : 0);
            if (!typeRight || !valueRight)
            {
                _mismatches.Add(new TimexMismatch(document, "wrong", Slice(text, g), g, Slice(text, paired), paired, Context(text, g)));
            }
        }

        foreach (var s in system)
        {
            var counts = _byType[(int)s.Type];
            Bump(counts, Overall, c => c.System++);
            if (gold.Any(g => g.Start < s.End && s.Start < g.End))
            {
                Bump(counts, Overall, c => c.RelaxedSystem++);
            }
            else
            {
                _mismatches.Add(new TimexMismatch(document, "spurious", null, null, Slice(text, s), s, Context(text, s)));
            }

            if (gold.Any(g => g.Start == s.Start && g.End == s.End))
            {
                Bump(counts, Overall, c => c.StrictSystem++);
            }
        }
    }

    private static void Bump(TimexCounts type, TimexCounts overall, Action<TimexCounts> change)
    {
        change(type);
        change(overall);
    }

    private static string Slice(string text, Timex timex) => text[timex.Start..timex.End];

    private static string Context(string text, Timex timex)
    {
        var start = Math.Max(0, timex.Start - 80);
        var end = Math.Min(text.Length, timex.End + 80);
        return text[start..timex.Start] + "[[" + text[timex.Start..timex.End] + "]]" + text[timex.End..end];
    }
}
