using System.Globalization;
using Backchannel.Documents;
using Backchannel.Pipeline;
using Backchannel.Text;

namespace Backchannel.Numbers.Evaluation;

/// <summary>
/// Runs the numbers stage over each hand-labelled phrase and compares the quantity that overlaps the target most
/// with the expected one. A <c>none</c> row is right when no quantity overlaps its target.
/// bench/peers/numbers-peers.mjs scores peers with the same rules.
/// </summary>
public static class QuantityGoldEvaluator
{
    /// <summary>Scores every row.</summary>
    public static QuantityGoldResult Evaluate(IReadOnlyList<QuantityGoldRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var pipeline = new PipelineBuilder().UseTokenizer().UseNumbers().Build();
        int correct = 0, kindAndValue = 0;
        var misses = new List<string>();
        foreach (var row in rows)
        {
            var document = pipeline.Process(new Document(row.Phrase, new DocumentMetadata()));
            var found = Best(row, document.Get(NumberLayers.Quantities).AsSpan());
            var (full, partial) = Score(row, found);
            correct += full ? 1 : 0;
            kindAndValue += partial ? 1 : 0;
            if (!full)
            {
                misses.Add(string.Create(CultureInfo.InvariantCulture, $"line {row.Line}: {row.Phrase} | expected {Describe(row.Kind, row.Value, row.UpperValue, row.Unit, row.Qualifier)} | found {(found is { } q ? Describe(q.Kind, q.Value, q.UpperValue, q.Unit, q.Qualifier) : "nothing")}"));
            }
        }

        return new QuantityGoldResult(rows.Count, correct, kindAndValue, misses);
    }

    /// <summary>Values match when they differ by at most 0.1% (so 0.333 matches a third).</summary>
    public static bool SameValue(double expected, double found) => Math.Abs(expected - found) <= 1e-3 * Math.Max(1, Math.Abs(expected));

    private static Quantity? Best(QuantityGoldRow row, ReadOnlySpan<Quantity> found)
    {
        var start = row.Phrase.IndexOf(row.Target, StringComparison.Ordinal);
        var end = start + row.Target.Length;
        Quantity? best = null;
        var bestOverlap = 0;
        foreach (var q in found)
        {
            var overlap = Math.Min(end, q.End) - Math.Max(start, q.Start);
            if (overlap > bestOverlap)
            {
                best = q;
                bestOverlap = overlap;
            }
        }

        return best;
    }

    private static (bool Full, bool KindAndValue) Score(QuantityGoldRow row, Quantity? found)
    {
        if (row.Kind is null || found is not { } q)
        {
            var right = row.Kind is null && found is null;
            return (right, right);
        }

        var upperMatches = row.UpperValue is { } upper ? q.UpperValue is { } u && SameValue(upper, u) : q.UpperValue is null;
        var kindAndValue = q.Kind == row.Kind && SameValue(row.Value, q.Value) && upperMatches;
        var full = kindAndValue && string.Equals(q.Unit, row.Unit, StringComparison.Ordinal) && string.Equals(q.Qualifier, row.Qualifier, StringComparison.Ordinal);
        return (full, kindAndValue);
    }

    private static string Describe(QuantityKind? kind, double value, double? upper, string? unit, string? qualifier)
        => kind is null ? "none" : string.Create(CultureInfo.InvariantCulture, $"{kind} {value:G6}{(upper is { } u ? $"–{u:G6}" : "")} {unit ?? "-"} {qualifier ?? "-"}");
}
