using System.Globalization;
using System.Text;

namespace Backchannel.Entities;

/// <summary>
/// Entity-level precision, recall and F1 as conlleval computes them: a predicted entity counts only when its
/// span and type both match a gold entity exactly. Accumulate sentence by sentence with <see cref="Add"/>.
/// </summary>
public sealed class EntityScore
{
    private readonly SortedDictionary<string, Counts> _byType = new(StringComparer.Ordinal);

    /// <summary>Counts one sentence's gold and predicted entities.</summary>
    public void Add(IEnumerable<EntitySpan> gold, IEnumerable<EntitySpan> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var goldSet = new HashSet<EntitySpan>(gold);
        foreach (var span in goldSet)
        {
            Of(span.Type).Gold++;
        }

        foreach (var span in predicted.Distinct())
        {
            var counts = Of(span.Type);
            counts.Predicted++;
            if (goldSet.Contains(span))
            {
                counts.Correct++;
            }
        }
    }

    /// <summary>Types seen in gold or predictions, in ordinal order.</summary>
    public IEnumerable<string> Types => _byType.Keys;

    /// <summary>F1 (0–100) over all types.</summary>
    public double F1 => Total().F1;

    /// <summary>Precision, recall and F1 (0–100) for one type, or for all when <paramref name="type"/> is null.</summary>
    public (double Precision, double Recall, double F1, int Gold, int Predicted) Score(string? type)
    {
        var counts = type is null ? Total() : _byType.GetValueOrDefault(type) ?? new Counts();
        return (counts.Precision, counts.Recall, counts.F1, counts.Gold, counts.Predicted);
    }

    /// <summary>The report <c>backchannel eval ner</c> prints: one line per type, then overall, then <c>F1 x</c>.</summary>
    public string Report()
    {
        var text = new StringBuilder();
        text.AppendLine("type      precision  recall      F1    gold  predicted");
        foreach (var type in _byType.Keys)
        {
            Line(text, type, _byType[type]);
        }

        Line(text, "overall", Total());
        text.Append(CultureInfo.InvariantCulture, $"F1 {Total().F1:F2}");
        return text.ToString();
    }

    private static void Line(StringBuilder text, string name, Counts c) =>
        text.AppendLine(CultureInfo.InvariantCulture, $"{name,-8} {c.Precision,10:F2} {c.Recall,7:F2} {c.F1,7:F2} {c.Gold,7} {c.Predicted,10}");

    private Counts Of(string type)
    {
        if (!_byType.TryGetValue(type, out var counts))
        {
            counts = new Counts();
            _byType[type] = counts;
        }

        return counts;
    }

    private Counts Total()
    {
        var total = new Counts();
        foreach (var c in _byType.Values)
        {
            total.Gold += c.Gold;
            total.Predicted += c.Predicted;
            total.Correct += c.Correct;
        }

        return total;
    }

    private sealed class Counts
    {
        public int Gold { get; set; }

        public int Predicted { get; set; }

        public int Correct { get; set; }

        public double Precision => Predicted == 0 ? 0 : 100.0 * Correct / Predicted;

        public double Recall => Gold == 0 ? 0 : 100.0 * Correct / Gold;

        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    }
}
