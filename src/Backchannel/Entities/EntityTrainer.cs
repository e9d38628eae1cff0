using System.Collections.Immutable;
using System.Globalization;
using Backchannel.Learning;

namespace Backchannel.Entities;

/// <summary>
/// Trains an <see cref="EntityRecognizer"/> on CoNLL documents. Stage one is a BILOU perceptron over local,
/// cluster, gazetteer and document-casing features. Stage two (optional) adds what stage one said about the same
/// word elsewhere in the document; on training data those first-stage labels come from jackknifed models that
/// never saw the document, so stage two learns how far to trust them. Deterministic for a seed.
/// </summary>
public static class EntityTrainer
{
    /// <summary>Trains and returns the recognizer; <paramref name="log"/> receives progress lines.</summary>
    public static EntityRecognizer Train(
        IReadOnlyList<ConllDocument> train,
        IReadOnlyList<ConllDocument> dev,
        WordClusters clusters,
        Gazetteer gazetteer,
        EntityTrainingOptions options,
        Action<string>? log = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(dev);
        ArgumentNullException.ThrowIfNull(options);
        log ??= _ => { };
        var groups = options.Groups;
        if ((groups & EntityFeatureGroups.Clusters) == 0)
        {
            clusters = WordClusters.Empty;
        }

        if ((groups & EntityFeatureGroups.Gazetteers) == 0)
        {
            gazetteer = Gazetteer.Empty;
        }

        var labels = BilouScheme.Labels(EntityTypes.Conll);
        var extractor = new EntityFeatureExtractor(groups, clusters, gazetteer, options.Bits);
        var trainSet = Extract(extractor, train, null, secondStage: false);
        var devSet = Extract(extractor, dev, null, secondStage: false);
        var info = Info(options, train, "1");
        var bestEpoch = 0;
        var first = Fit(labels, options, trainSet, devSet, info, log, "stage 1", e => bestEpoch = e, cancellationToken);
        if ((groups & EntityFeatureGroups.SecondStage) == 0 || options.Folds < 2)
        {
            return new EntityRecognizer(first, null, groups, clusters, gazetteer);
        }

        // Jackknife: each fold's documents are tagged by a stage-one model trained on the other folds.
        var folds = options.Folds;
        var firstStageTrain = new int[train.Count][];
        Parallel.For(0, folds, new ParallelOptions { MaxDegreeOfParallelism = Math.Min(2, Environment.ProcessorCount), CancellationToken = cancellationToken }, fold =>
        {
            var inFold = Enumerable.Range(0, train.Count).Where(d => d % folds == fold).ToList();
            var rest = trainSet.Where(s => s.Document % folds != fold).Select(s => s.Sequence).ToList();
            var model = new SequencePerceptronTrainer(labels, options.Bits) { Epochs = bestEpoch, Seed = options.Seed + fold + 1 }.Train(rest, cancellationToken: cancellationToken);
            var local = new EntityFeatureExtractor(groups, clusters, gazetteer, options.Bits);
            foreach (var d in inFold)
            {
                firstStageTrain[d] = TagDocument(local, model, train[d].Text);
            }
        });
        log($"stage 2: jackknifed first-stage labels from {folds} folds");

        var firstStageDev = dev.Select(d => TagDocument(extractor, first, d.Text)).ToArray();
        var trainSet2 = Extract(extractor, train, firstStageTrain, secondStage: true);
        var devSet2 = Extract(extractor, dev, firstStageDev, secondStage: true);
        var second = Fit(labels, options, trainSet2, devSet2, Info(options, train, "2"), log, "stage 2", _ => { }, cancellationToken);
        return new EntityRecognizer(first, second, groups, clusters, gazetteer);
    }

    /// <summary>Scores a recognizer on documents (model types; GPE and NORP never appear here).</summary>
    public static EntityScore Evaluate(EntityRecognizer recognizer, IEnumerable<ConllDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        ArgumentNullException.ThrowIfNull(documents);
        var score = new EntityScore();
        foreach (var document in documents)
        {
            var predicted = recognizer.RecognizeSpans(document.Text);
            for (var s = 0; s < predicted.Count; s++)
            {
                score.Add(document.Gold[s], predicted[s]);
            }
        }

        return score;
    }

    /// <summary>
    /// Trains <see cref="EntityTrainingOptions.Ensemble"/> models with consecutive seeds, each at its best dev epoch,
    /// and averages them; <paramref name="bestEpoch"/> hears the first seed's best epoch (the jackknife folds use it).
    /// </summary>
    private static SequenceModel Fit(
        ImmutableArray<string> labels,
        EntityTrainingOptions options,
        List<Example> trainSet,
        List<Example> devSet,
        ImmutableDictionary<string, string> info,
        Action<string> log,
        string name,
        Action<int> bestEpoch,
        CancellationToken cancellationToken)
    {
        var count = Math.Max(1, options.Ensemble);
        var models = new List<SequenceModel>(count);
        for (var k = 0; k < count; k++)
        {
            var seed = options.Seed + (k * 1000);
            var label = count == 1 ? name : string.Create(CultureInfo.InvariantCulture, $"{name} seed {seed}");
            models.Add(FitOne(labels, options.Bits, seed, options.Epochs, trainSet, devSet, info, log, label, k == 0 ? bestEpoch : _ => { }, cancellationToken));
        }

        if (count == 1)
        {
            return models[0];
        }

        var averaged = SequenceModel.Average(models, info.SetItem("ensemble", count.ToString(CultureInfo.InvariantCulture))
            .SetItem("seed", options.Seed.ToString(CultureInfo.InvariantCulture)));
        log(string.Create(CultureInfo.InvariantCulture, $"{name} average of {count}: dev F1 {Score(averaged, devSet):F2}"));
        return averaged;
    }

    private static SequenceModel FitOne(
        ImmutableArray<string> labels,
        int bits,
        int seed,
        int epochs,
        List<Example> trainSet,
        List<Example> devSet,
        ImmutableDictionary<string, string> info,
        Action<string> log,
        string name,
        Action<int> bestEpoch,
        CancellationToken cancellationToken)
    {
        var best = double.NegativeInfinity;
        var trainer = new SequencePerceptronTrainer(labels, bits) { Epochs = epochs, Seed = seed };
        return trainer.Train(
            trainSet.Select(e => e.Sequence).ToList(),
            (epoch, model) =>
            {
                var f1 = Score(model, devSet);
                log(string.Create(CultureInfo.InvariantCulture, $"{name} epoch {epoch}: dev F1 {f1:F2}"));
                if (f1 > best)
                {
                    best = f1;
                    bestEpoch(epoch);
                }

                return f1;
            },
            info,
            cancellationToken);
    }

    private static double Score(SequenceModel model, List<Example> devSet)
    {
        var score = new EntityScore();
        var predicted = new List<EntitySpan>();
        var output = new int[256];
        foreach (var example in devSet)
        {
            var n = example.Sequence.Gold.Length;
            if (output.Length < n)
            {
                output = new int[n * 2];
            }

            model.Decode(example.Sequence.Features, output);
            predicted.Clear();
            BilouScheme.Decode(output.AsSpan(0, n), EntityTypes.Conll, predicted);
            score.Add(example.GoldSpans, predicted);
        }

        return score.F1;
    }

    private static int[] TagDocument(EntityFeatureExtractor extractor, SequenceModel model, TokenizedText text)
    {
        var labels = new int[text.Tokens.Length];
        var features = new FeatureSequence();
        extractor.BeginDocument(text.Text, text.Tokens, text.Sentences);
        foreach (var sentence in text.Sentences)
        {
            extractor.Extract(sentence, features, secondStage: false);
            model.Decode(features, labels.AsSpan(sentence.FirstToken, sentence.TokenCount));
        }

        return labels;
    }

    private static List<Example> Extract(EntityFeatureExtractor extractor, IReadOnlyList<ConllDocument> documents, int[][]? firstStage, bool secondStage)
    {
        var examples = new List<Example>();
        var features = new FeatureSequence();
        for (var d = 0; d < documents.Count; d++)
        {
            var text = documents[d].Text;
            extractor.BeginDocument(text.Text, text.Tokens, text.Sentences);
            if (firstStage is not null)
            {
                extractor.SetFirstStage(firstStage[d]);
            }

            for (var s = 0; s < text.Sentences.Length; s++)
            {
                var sentence = text.Sentences[s];
                extractor.Extract(sentence, features, secondStage);
                var gold = new int[sentence.TokenCount];
                BilouScheme.Encode(documents[d].Gold[s], EntityTypes.Conll, gold);
                examples.Add(new Example(d, new TrainingSequence(features.Freeze(), gold), documents[d].Gold[s]));
            }
        }

        return examples;
    }

    private static ImmutableDictionary<string, string> Info(EntityTrainingOptions options, IReadOnlyList<ConllDocument> train, string stage) =>
        ImmutableDictionary<string, string>.Empty
            .Add("task", "ner")
            .Add("stage", stage)
            .Add("groups", options.Groups.ToString())
            .Add("train-documents", train.Count.ToString(CultureInfo.InvariantCulture));

    private sealed record Example(int Document, TrainingSequence Sequence, IReadOnlyList<EntitySpan> GoldSpans);
}
