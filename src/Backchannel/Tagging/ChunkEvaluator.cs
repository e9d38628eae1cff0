using System.Collections.Immutable;
using Backchannel.Formats.Conll;
using Backchannel.Text;

namespace Backchannel.Tagging;

/// <summary>Scores a <see cref="Chunker"/> against the chunk column (the second after the word) of CoNLL sentences.</summary>
public static class ChunkEvaluator
{
    /// <summary>
    /// Chunks every sentence and counts exact matches. Part-of-speech tags come from <paramref name="tagger"/>, as at
    /// run time, or from the file's POS column when it is null.
    /// </summary>
    public static ChunkEvaluation Evaluate(Chunker chunker, IReadOnlyList<ConllSentence> sentences, PosTagger? tagger, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(chunker);
        ArgumentNullException.ThrowIfNull(sentences);
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var predicted = new List<Chunk>();
        var tokenCount = 0;
        foreach (var sentence in sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (text, tokens) = ConllText.Build(sentence.Words);
            var tags = PosTags(sentence, text, tokens, tagger);
            predicted.Clear();
            chunker.Chunk(text, tokens, tags, 0, predicted);
            var gold = ChunkTags.Spans(sentence.Column(1));
            var goldSet = gold.ToHashSet();
            foreach (var (_, _, type) in gold)
            {
                Count(counts, type)[0]++;
            }

            foreach (var chunk in predicted)
            {
                var row = Count(counts, chunk.Label);
                row[1]++;
                row[2] += goldSet.Contains((chunk.FirstToken, chunk.TokenCount, chunk.Label)) ? 1 : 0;
            }

            tokenCount += tokens.Length;
        }

        var byType = counts.ToImmutableSortedDictionary(p => p.Key, p => new ChunkCounts(p.Value[0], p.Value[1], p.Value[2]), StringComparer.Ordinal);
        var overall = new ChunkCounts(byType.Values.Sum(c => c.Gold), byType.Values.Sum(c => c.Predicted), byType.Values.Sum(c => c.Correct));
        return new ChunkEvaluation(sentences.Count, tokenCount, byType, overall);
    }

    /// <summary>The POS tags of a sentence: predicted by <paramref name="tagger"/>, or gold when it is null.</summary>
    internal static string[] PosTags(ConllSentence sentence, string text, Token[] tokens, PosTagger? tagger)
    {
        if (tagger is null)
        {
            return [.. sentence.Column(0).Select(ConllText.FirstReading)];
        }

        var indices = new int[tokens.Length];
        tagger.Tag(text, tokens, indices);
        return [.. indices.Select(i => tagger.Tags[i])];
    }

    private static int[] Count(Dictionary<string, int[]> counts, string type)
    {
        if (!counts.TryGetValue(type, out var row))
        {
            counts[type] = row = new int[3];
        }

        return row;
    }
}
