using System.Collections.Immutable;
using System.Globalization;
using Backchannel.Formats.Conll;
using Backchannel.Learning;

namespace Backchannel.Tagging;

/// <summary>
/// Trains a <see cref="Chunker"/> on the chunk column of CoNLL-2003 files (IOB1, relabelled as IOB2) with the averaged
/// structured perceptron. At run time the chunker sees predicted tags, not gold ones; with <see cref="JackknifeFolds"/>
/// it trains on predicted tags too: each fold is tagged by a tagger trained on the other folds.
/// </summary>
public sealed class ChunkerTrainer
{
    /// <summary>Seed of the shuffle.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Passes over the training data.</summary>
    public int Epochs { get; init; } = 8;

    /// <summary>Log2 of the number of feature buckets.</summary>
    public int Bits { get; init; } = 18;

    /// <summary>Folds for jackknifed training tags; 0 or 1 trains on the gold POS column.</summary>
    public int JackknifeFolds { get; init; }

    /// <summary>Receives progress lines.</summary>
    public Action<string>? Log { get; init; }

    /// <summary>
    /// Trains a chunker. <paramref name="dev"/> (optional) picks the epoch kept, scored with tags from
    /// <paramref name="devTagger"/> (or gold tags when it is null).
    /// </summary>
    public Chunker Train(IReadOnlyList<ConllSentence> train, IReadOnlyList<ConllSentence>? dev, PosTagger? devTagger, string source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(train);
        var trainTags = JackknifeFolds > 1 ? Jackknife(train, cancellationToken) : [.. train.Select(s => s.Column(0).Select(ConllText.FirstReading).ToArray())];
        var gold = train.Select(s => ChunkTags.ToIob2(s.Column(1))).ToArray();
        var labels = gold.SelectMany(g => g).Distinct().Order(StringComparer.Ordinal).ToImmutableArray();
        var index = labels.Select((label, i) => KeyValuePair.Create(label, i)).ToDictionary(StringComparer.Ordinal);

        var forms = new WordForms();
        var sequence = new FeatureSequence();
        var data = new List<TrainingSequence>(train.Count);
        for (var s = 0; s < train.Count; s++)
        {
            var (text, tokens) = ConllText.Build(train[s].Words);
            forms.Load(text, tokens);
            ChunkFeatures.Extract(forms, trainTags[s], sequence, Bits);
            data.Add(new TrainingSequence(sequence.Freeze(), [.. gold[s].Select(label => index[label])]));
        }

        var info = ImmutableDictionary<string, string>.Empty
            .Add("task", "chunk")
            .Add("train", source)
            .Add("pos", JackknifeFolds > 1 ? string.Create(CultureInfo.InvariantCulture, $"jackknifed, {JackknifeFolds} folds") : "gold")
            .Add("sentences", train.Count.ToString(CultureInfo.InvariantCulture));
        var model = new SequencePerceptronTrainer(labels, Bits) { Epochs = Epochs, Seed = Seed }.Train(
            data,
            dev is null ? null : (epoch, candidate) =>
            {
                var score = ChunkEvaluator.Evaluate(new Chunker(candidate), dev, devTagger, cancellationToken).Overall;
                Log?.Invoke(string.Create(CultureInfo.InvariantCulture, $"epoch {epoch}: dev F1 {score.F1:F2}"));
                return score.F1;
            },
            info,
            cancellationToken);
        return new Chunker(model);
    }

    /// <summary>Tags each fold (every k-th sentence) with a tagger trained on the other folds.</summary>
    private string[][] Jackknife(IReadOnlyList<ConllSentence> train, CancellationToken cancellationToken)
    {
        var tags = new string[train.Count][];
        for (var fold = 0; fold < JackknifeFolds; fold++)
        {
            var rest = train.Where((_, i) => i % JackknifeFolds != fold).ToList();
            var tagger = new PosTaggerTrainer { Seed = Seed, Epochs = 5 }.Train(rest, null, "fold", cancellationToken);
            for (var i = fold; i < train.Count; i += JackknifeFolds)
            {
                var (text, tokens) = ConllText.Build(train[i].Words);
                tags[i] = ChunkEvaluator.PosTags(train[i], text, tokens, tagger);
            }

            Log?.Invoke(string.Create(CultureInfo.InvariantCulture, $"jackknife fold {fold + 1}/{JackknifeFolds} tagged"));
        }

        return tags;
    }
}
