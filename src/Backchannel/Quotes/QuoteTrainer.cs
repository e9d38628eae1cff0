using System.Collections.Immutable;
using System.Globalization;
using Backchannel.Documents;
using Backchannel.Learning;
using Backchannel.Quotes.Evaluation;
using Backchannel.Quotes.Polnear;
using Backchannel.Tagging;

namespace Backchannel.Quotes;

/// <summary>
/// Trains the <see cref="QuoteModel"/> on PolNeAR articles with the averaged structured perceptron: each paragraph is
/// one sequence, each token's gold label the role of the annotated span it starts in. The dev split (optional) picks
/// the epoch kept, scored by content F1 (overlap) as <see cref="QuoteEvaluator"/> computes it.
/// </summary>
public sealed class QuoteTrainer
{
    /// <summary>Seed of the shuffle.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Passes over the training data.</summary>
    public int Epochs { get; init; } = 8;

    /// <summary>Log2 of the number of feature buckets.</summary>
    public int Bits { get; init; } = QuoteModel.DefaultBits;

    /// <summary>Models trained with different shuffle seeds and averaged (1: a single model).</summary>
    public int Ensemble { get; init; } = 1;

    /// <summary>
    /// Emission weights smaller than this (in absolute value) are dropped from the final model: most hashed features
    /// fire once or twice and end with tiny weights that change no decision but fill the model file.
    /// </summary>
    public float Prune { get; init; }

    /// <summary>Receives progress lines.</summary>
    public Action<string>? Log { get; init; }

    /// <summary>Trains on analysed <paramref name="train"/> articles; <paramref name="dev"/> picks the epoch.</summary>
    public QuoteModel Train(
        IReadOnlyList<PolnearDocument> train,
        IReadOnlyList<Document> trainAnalysed,
        IReadOnlyList<PolnearDocument>? dev,
        IReadOnlyList<Document>? devAnalysed,
        string source,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(trainAnalysed);
        var input = new QuoteInput();
        var forms = new WordForms();
        var sequence = new FeatureSequence(256, 64);
        var nearest = new int[1024];
        var data = new List<TrainingSequence>();
        for (var d = 0; d < train.Count; d++)
        {
            input.Load(trainAnalysed[d]);
            var gold = GoldLabels(input, train[d].Attributions);
            foreach (var (start, end) in input.Paragraphs)
            {
                if (nearest.Length < end - start)
                {
                    nearest = new int[(end - start) * 2];
                }

                QuoteFeatures.Extract(input, start, end, forms, nearest, sequence, Bits);
                data.Add(new TrainingSequence(sequence.Freeze(), gold[start..end]));
            }
        }

        Log?.Invoke(string.Create(CultureInfo.InvariantCulture, $"training sequences (paragraphs) {data.Count}"));
        var info = ImmutableDictionary<string, string>.Empty
            .Add("task", "quotes")
            .Add("train", source)
            .Add("articles", train.Count.ToString(CultureInfo.InvariantCulture));
        var models = new List<SequenceModel>();
        for (var k = 0; k < Math.Max(1, Ensemble); k++)
        {
            var seed = Seed + (k * 1000);
            models.Add(new SequencePerceptronTrainer(QuoteLabels.All, Bits) { Epochs = Epochs, Seed = seed }.Train(
                data,
                dev is null || devAnalysed is null ? null : (epoch, candidate) =>
                {
                    var score = QuoteEvaluator.Evaluate(new QuoteExtractor(new QuoteModel(candidate)), dev, devAnalysed);
                    Log?.Invoke(string.Create(CultureInfo.InvariantCulture, $"seed {seed} epoch {epoch}: dev content-F1 {score.ContentOverlap.F1:F3} source-acc {score.SourceAccuracy:F3} cue-F1 {score.CueOverlap.F1:F3}"));
                    return score.ContentOverlap.F1 + score.SourceAccuracy;
                },
                info,
                cancellationToken));
        }

        var model = models.Count == 1 ? models[0] : SequenceModel.Average(models, models[0].Info.SetItem("ensemble", models.Count.ToString(CultureInfo.InvariantCulture)));
        model = Pruned(model, Prune);
        if (dev is not null && devAnalysed is not null)
        {
            var score = QuoteEvaluator.Evaluate(new QuoteExtractor(new QuoteModel(model)), dev, devAnalysed);
            Log?.Invoke(string.Create(CultureInfo.InvariantCulture, $"final model: dev content-F1 {score.ContentOverlap.F1:F3} source-acc {score.SourceAccuracy:F3} cue-F1 {score.CueOverlap.F1:F3}"));
        }

        return new QuoteModel(model);
    }

    private static SequenceModel Pruned(SequenceModel model, float threshold)
    {
        if (threshold <= 0)
        {
            return model;
        }

        var emissions = model.Emissions.ToArray();
        for (var i = 0; i < emissions.Length; i++)
        {
            if (Math.Abs(emissions[i]) < threshold)
            {
                emissions[i] = 0;
            }
        }

        return new SequenceModel(model.Labels, model.Bits, emissions, model.Transitions.ToArray(),
            model.Info.SetItem("prune", threshold.ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>One gold label per token: the role of the annotated span the token starts in (first span wins).</summary>
    internal static int[] GoldLabels(QuoteInput input, ImmutableArray<PolnearAttribution> attributions)
    {
        var gold = new int[input.Count];
        foreach (var attribution in attributions)
        {
            Mark(input, attribution.Content, QuoteLabels.Content, gold);
            Mark(input, attribution.Cue, QuoteLabels.Cue, gold);
            Mark(input, attribution.Source, QuoteLabels.Source, gold);
        }

        return gold;
    }

    private static void Mark(QuoteInput input, ImmutableArray<TextSpan> spans, int role, int[] gold)
    {
        foreach (var span in spans)
        {
            var first = true;
            for (var t = 0; t < input.Count; t++)
            {
                var token = input.Tokens[t];
                if (token.Start < span.Start || token.Start >= span.End)
                {
                    continue;
                }

                if (gold[t] == QuoteLabels.Outside)
                {
                    gold[t] = first ? QuoteLabels.Begin(role) : QuoteLabels.Inside(role);
                }

                first = false;
            }
        }
    }
}
