using System.Collections.Immutable;
using System.Globalization;
using Backchannel.Formats.Conll;
using Backchannel.Learning;

namespace Backchannel.Tagging;

/// <summary>
/// Trains a <see cref="PosTagger"/> on the POS column of CoNLL-2003 files with the averaged structured perceptron,
/// keeping the epoch with the best development accuracy. The same data and seed always give the same model bytes.
/// </summary>
public sealed class PosTaggerTrainer
{
    /// <summary>Seed of the shuffle.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Passes over the training data.</summary>
    public int Epochs { get; init; } = 12;

    /// <summary>Log2 of the number of feature buckets.</summary>
    public int Bits { get; init; } = 18;

    /// <summary>Receives one progress line per epoch.</summary>
    public Action<string>? Log { get; init; }

    /// <summary>Trains a tagger; <paramref name="dev"/> (optional) picks the epoch kept.</summary>
    public PosTagger Train(IReadOnlyList<ConllSentence> train, IReadOnlyList<ConllSentence>? dev, string source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(train);
        var labels = train.SelectMany(s => s.Column(0)).Select(ConllText.FirstReading).Distinct().Order(StringComparer.Ordinal).ToImmutableArray();
        var index = labels.Select((label, i) => KeyValuePair.Create(label, i)).ToDictionary(StringComparer.Ordinal);

        var forms = new WordForms();
        var sequence = new FeatureSequence();
        var data = new List<TrainingSequence>(train.Count);
        var occurrences = new List<(string, int)>();
        foreach (var sentence in train)
        {
            var (text, tokens) = ConllText.Build(sentence.Words);
            forms.Load(text, tokens);
            PosFeatures.Extract(forms, sequence, Bits);
            var gold = sentence.Column(0).Select(tag => index[ConllText.FirstReading(tag)]).ToArray();
            data.Add(new TrainingSequence(sequence.Freeze(), gold));
            for (var i = 0; i < gold.Length; i++)
            {
                occurrences.Add((forms.Word(i).ToString(), gold[i]));
            }
        }

        var lexicon = PosLexicon.Build(occurrences, labels.Length);
        var info = ImmutableDictionary<string, string>.Empty
            .Add("task", "pos")
            .Add("train", source)
            .Add("sentences", train.Count.ToString(CultureInfo.InvariantCulture));
        var trainer = new SequencePerceptronTrainer(labels, Bits) { Epochs = Epochs, Seed = Seed };
        var model = trainer.Train(
            data,
            dev is null ? null : (epoch, candidate) =>
            {
                var score = PosEvaluator.Evaluate(new PosTagger(candidate, lexicon), dev, cancellationToken);
                Log?.Invoke(string.Create(CultureInfo.InvariantCulture, $"epoch {epoch}: dev accuracy {score.Accuracy:F2} (unknown words {score.UnknownAccuracy:F2})"));
                return score.Accuracy;
            },
            info,
            cancellationToken);
        return new PosTagger(model, lexicon);
    }
}
