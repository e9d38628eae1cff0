using System.Globalization;

namespace Backchannel.Quotes.Evaluation;

/// <summary>
/// Scores extracted quotes against the blind gold set, as its README's scorer spec says: content matched one-to-one by
/// overlap (greedy, most shared characters first), with lenient and exact variants; speaker, anonymity, cue and via
/// over matched pairs; the kind confusion table; and false alarms on the negatives (scare quotes, titles). Every
/// figure is kept twice, over all statements and over those without a doubt note.
/// </summary>
public sealed class QuoteGoldScorer
{
    private static readonly string[] Kinds = ["direct", "partial", "indirect"];

    /// <summary>Figures over all statements.</summary>
    public QuoteGoldFigures All { get; } = new();

    /// <summary>Figures over the statements without a doubt note (system quotes that match a doubtful one are left out).</summary>
    public QuoteGoldFigures Sure { get; } = new();

    /// <summary>Gold statements no system quote matched, and system quotes that matched none (id or offsets; no text).</summary>
    public List<string> Misses { get; } = [];

    /// <summary>Adds one document's quotes.</summary>
    public void Add(QuoteGoldDocument gold, IReadOnlyList<Quote> system)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(system);
        var text = gold.Document.Text;
        var statements = gold.Items.Where(i => !i.IsNegative).ToList();
        var negatives = gold.Items.Where(i => i.IsNegative).ToList();

        // Greedy one-to-one matching by shared characters.
        var candidates = new List<(int Shared, int Gold, int System)>();
        for (var g = 0; g < statements.Count; g++)
        {
            for (var s = 0; s < system.Count; s++)
            {
                var shared = Shared(statements[g], system[s]);
                if (shared > 0)
                {
                    candidates.Add((shared, g, s));
                }
            }
        }

        var goldMatch = new int[statements.Count];
        var systemMatch = new int[system.Count];
        Array.Fill(goldMatch, -1);
        Array.Fill(systemMatch, -1);
        foreach (var (_, g, s) in candidates.OrderByDescending(c => c.Shared).ThenBy(c => c.Gold).ThenBy(c => c.System))
        {
            if (goldMatch[g] < 0 && systemMatch[s] < 0)
            {
                goldMatch[g] = s;
                systemMatch[s] = g;
            }
        }

        for (var g = 0; g < statements.Count; g++)
        {
            var item = statements[g];
            var lenient = candidates.Any(c => c.Gold == g);
            var matched = goldMatch[g] >= 0 ? system[goldMatch[g]] : null;
            foreach (var figures in Figures(item))
            {
                figures.AddGold(item, matched, lenient, text);
            }

            if (matched is null)
            {
                Misses.Add(string.Create(CultureInfo.InvariantCulture, $"missed {item.Id} ({item.Kind}) @{item.Start}-{item.End}"));
            }
        }

        for (var s = 0; s < system.Count; s++)
        {
            var quote = system[s];
            var g = systemMatch[s];
            var overlapsAny = candidates.Any(c => c.System == s);
            if (g >= 0 && statements[g].Doubtful)
            {
                All.AddSystem(matched: true, overlapsAny);
                continue;
            }

            // An unmatched quote counts against both sets, unless it overlaps only doubtful statements.
            var onlyDoubtful = g < 0 && overlapsAny && candidates.Where(c => c.System == s).All(c => statements[c.Gold].Doubtful);
            All.AddSystem(g >= 0, overlapsAny);
            if (!onlyDoubtful)
            {
                Sure.AddSystem(g >= 0, overlapsAny);
            }

            if (g < 0 && !overlapsAny)
            {
                var alarm = negatives.Any(n => Overlap(n.Start, n.End, quote.Start, quote.End) > 0);
                All.FalseAlarms += alarm ? 1 : 0;
                Sure.FalseAlarms += alarm ? 1 : 0;
                Misses.Add(string.Create(CultureInfo.InvariantCulture, $"extra {gold.Id} ({quote.Kind.ToString().ToLowerInvariant()}) @{quote.Start}-{quote.End}{(alarm ? " on a negative" : "")}"));
            }
        }

        All.Negatives += negatives.Count;
        Sure.Negatives += negatives.Count;
    }

    private IEnumerable<QuoteGoldFigures> Figures(QuoteGoldItem item) => item.Doubtful ? [All] : [All, Sure];

    private static int Shared(QuoteGoldItem gold, Quote quote)
    {
        var parts = quote.Parts.IsDefaultOrEmpty ? [new Documents.TextSpan(quote.Start, quote.End)] : quote.Parts;
        var shared = 0;
        foreach (var (start, end) in gold.Parts)
        {
            foreach (var part in parts)
            {
                shared += Overlap(start, end, part.Start, part.End);
            }
        }

        return shared;
    }

    internal static int Overlap(int a, int b, int c, int d) => Math.Max(0, Math.Min(b, d) - Math.Max(a, c));

    /// <summary>The kinds of the confusion table, in order.</summary>
    public static IReadOnlyList<string> KindNames => Kinds;
}
