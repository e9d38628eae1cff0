using System.Collections.Immutable;
using Backchannel.Documents;
using Backchannel.Quotes.Polnear;

namespace Backchannel.Quotes.Evaluation;

/// <summary>
/// Scores extracted quotes against PolNeAR attributions. Spans are compared by their word characters (letters and
/// digits), so a trailing comma, a quotation mark or a space at an edge never decides a match:
/// <list type="bullet">
/// <item>overlap: a predicted and a gold span match when they share at least one word character; matching is
/// one-to-one, pairs taken greedily by the most shared characters, so one long prediction covering two gold
/// contents matches only one of them;</item>
/// <item>exact: the two spans cover exactly the same word characters;</item>
/// <item>source accuracy: over overlap-matched contents, the sources agree when both are absent or both are present
/// and share a word character (exact: the same word characters).</item>
/// </list>
/// A content or cue split in pieces (an interrupted quote) is the union of its pieces.
/// </summary>
public static class QuoteEvaluator
{
    /// <summary>Extracts quotes from each analysed article and scores them against the gold attributions.</summary>
    public static QuoteScore Evaluate(QuoteExtractor extractor, IReadOnlyList<PolnearDocument> gold, IReadOnlyList<Document> analysed, TextWriter? errors = null)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(analysed);
        var scores = new QuoteScore[gold.Count];
        Parallel.For(0, gold.Count, i =>
        {
            var quotes = new List<Quote>();
            extractor.Extract(analysed[i], quotes);
            scores[i] = Score(gold[i].Text, gold[i].Attributions, quotes);
            if (errors is not null)
            {
                var report = ErrorReport(gold[i], quotes);
                lock (errors)
                {
                    errors.Write(report);
                }
            }
        });

        var total = new QuoteScore(0, default, default, default, default, 0, 0, 0);
        foreach (var s in scores)
        {
            total = new QuoteScore(
                total.Documents + 1,
                total.ContentOverlap + s.ContentOverlap,
                total.ContentExact + s.ContentExact,
                total.CueOverlap + s.CueOverlap,
                total.CueExact + s.CueExact,
                total.SourcePairs + s.SourcePairs,
                total.SourceCorrect + s.SourceCorrect,
                total.SourceExact + s.SourceExact);
        }

        return total;
    }

    /// <summary>Scores one article.</summary>
    public static QuoteScore Score(string text, ImmutableArray<PolnearAttribution> gold, IReadOnlyList<Quote> predicted)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(predicted);
        var goldContents = gold.Select(a => WordChars(text, a.Content)).ToArray();
        var predictedContents = predicted.Select(q => WordChars(text, q.Parts)).ToArray();
        var contentPairs = Match(goldContents, predictedContents);
        var exact = contentPairs.Count(p => goldContents[p.Gold].SetEquals(predictedContents[p.Predicted]));

        var goldCues = gold.Select(a => WordChars(text, a.Cue)).ToArray();
        var predictedCues = predicted.Select(q => WordChars(text, [new TextSpan(q.CueStart, q.CueEnd)])).ToArray();
        var cuePairs = Match(goldCues, predictedCues);
        var cueExact = cuePairs.Count(p => goldCues[p.Gold].SetEquals(predictedCues[p.Predicted]));

        int sourceCorrect = 0, sourceExact = 0;
        foreach (var (g, p) in contentPairs)
        {
            var goldSource = WordChars(text, gold[g].Source);
            var speaker = predicted[p].Speaker;
            var predictedSource = speaker is null ? [] : WordChars(text, [new TextSpan(speaker.Start, speaker.End)]);
            if (goldSource.Count == 0 || predictedSource.Count == 0)
            {
                var agree = goldSource.Count == predictedSource.Count ? 1 : 0;
                sourceCorrect += agree;
                sourceExact += agree;
                continue;
            }

            sourceCorrect += goldSource.Overlaps(predictedSource) ? 1 : 0;
            sourceExact += goldSource.SetEquals(predictedSource) ? 1 : 0;
        }

        return new QuoteScore(
            1,
            new MatchCounts(contentPairs.Count, gold.Length, predicted.Count),
            new MatchCounts(exact, gold.Length, predicted.Count),
            new MatchCounts(cuePairs.Count, gold.Length, predicted.Count),
            new MatchCounts(cueExact, gold.Length, predicted.Count),
            contentPairs.Count,
            sourceCorrect,
            sourceExact);
    }

    /// <summary>The unmatched gold and predicted contents and the wrong sources of one article, for error analysis.</summary>
    public static string ErrorReport(PolnearDocument gold, IReadOnlyList<Quote> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var text = gold.Text;
        var goldContents = gold.Attributions.Select(a => WordChars(text, a.Content)).ToArray();
        var predictedContents = predicted.Select(q => WordChars(text, q.Parts)).ToArray();
        var pairs = Match(goldContents, predictedContents);
        var report = new System.Text.StringBuilder();
        report.Append("## ").AppendLine(gold.Name);
        string Show(ImmutableArray<TextSpan> spans) => string.Join(" | ", spans.Select(s => text[s.Start..s.End].ReplaceLineEndings(" ")));
        for (var g = 0; g < gold.Attributions.Length; g++)
        {
            if (!pairs.Exists(p => p.Gold == g))
            {
                var a = gold.Attributions[g];
                report.Append("MISS src=[").Append(Show(a.Source)).Append("] cue=[").Append(Show(a.Cue)).Append("] con=[").Append(Show(a.Content)).AppendLine("]");
            }
        }

        for (var p = 0; p < predicted.Count; p++)
        {
            var q = predicted[p];
            var pair = pairs.FindIndex(x => x.Predicted == p);
            if (pair < 0)
            {
                report.Append("FALSE src=[").Append(q.Speaker?.Text).Append("] cue=[").Append(q.Cue).Append("] con=[").Append(q.Text.ReplaceLineEndings(" ")).AppendLine("]");
                continue;
            }

            var a = gold.Attributions[pairs[pair].Gold];
            var goldSource = WordChars(text, a.Source);
            var predictedSource = q.Speaker is null ? [] : WordChars(text, [new TextSpan(q.Speaker.Start, q.Speaker.End)]);
            var agree = goldSource.Count == 0 || predictedSource.Count == 0 ? goldSource.Count == predictedSource.Count : goldSource.Overlaps(predictedSource);
            if (!agree)
            {
                report.Append("SRC gold=[").Append(Show(a.Source)).Append("] pred=[").Append(q.Speaker?.Text).Append("] cue=[").Append(q.Cue).Append("] con=[").Append(q.Text.Length > 80 ? q.Text[..80] : q.Text).AppendLine("]");
            }
        }

        return report.ToString();
    }

    // Offsets of the letters and digits inside the spans.
    private static HashSet<int> WordChars(string text, ImmutableArray<TextSpan> spans)
    {
        var set = new HashSet<int>();
        foreach (var span in spans)
        {
            for (var i = span.Start; i < span.End && i < text.Length; i++)
            {
                if (char.IsLetterOrDigit(text[i]))
                {
                    set.Add(i);
                }
            }
        }

        return set;
    }

    // One-to-one: every overlapping pair, largest overlap first.
    private static List<(int Gold, int Predicted)> Match(HashSet<int>[] gold, HashSet<int>[] predicted)
    {
        var candidates = new List<(int Shared, int Gold, int Predicted)>();
        for (var g = 0; g < gold.Length; g++)
        {
            for (var p = 0; p < predicted.Length; p++)
            {
                if (gold[g].Count == 0 || predicted[p].Count == 0)
                {
                    continue;
                }

                var (small, large) = gold[g].Count <= predicted[p].Count ? (gold[g], predicted[p]) : (predicted[p], gold[g]);
                var shared = 0;
                foreach (var c in small)
                {
                    shared += large.Contains(c) ? 1 : 0;
                }

                if (shared > 0)
                {
                    candidates.Add((shared, g, p));
                }
            }
        }

        candidates.Sort((a, b) => b.Shared != a.Shared ? b.Shared.CompareTo(a.Shared) : a.Gold != b.Gold ? a.Gold.CompareTo(b.Gold) : a.Predicted.CompareTo(b.Predicted));
        var usedGold = new bool[gold.Length];
        var usedPredicted = new bool[predicted.Length];
        var pairs = new List<(int, int)>();
        foreach (var (_, g, p) in candidates)
        {
            if (!usedGold[g] && !usedPredicted[p])
            {
                usedGold[g] = usedPredicted[p] = true;
                pairs.Add((g, p));
            }
        }

        return pairs;
    }
}
