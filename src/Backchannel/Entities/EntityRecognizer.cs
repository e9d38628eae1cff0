using System.Collections.Concurrent;
using Backchannel.Errors;
using Backchannel.Learning;
using Backchannel.Text;

namespace Backchannel.Entities;

/// <summary>
/// Finds PER, ORG, LOC and MISC names (refined to GPE and NORP where the gazetteers are sure) with one or two
/// averaged-perceptron sequence models over BILOU labels. Thread-safe: scratch buffers are pooled per call.
/// </summary>
public sealed class EntityRecognizer
{
    private static readonly Lazy<EntityRecognizer> Shipped = new(() => Load(ModelLocator.Require("ner-en.bin")));
    private readonly ConcurrentBag<Scratch> _pool = [];
    private readonly SequenceModel _first;
    private readonly SequenceModel? _second;
    private readonly QuantizedEmissions _firstPacked;
    private readonly QuantizedEmissions? _secondPacked;

    /// <summary>Wraps trained models with the lexicons they were trained with.</summary>
    public EntityRecognizer(SequenceModel first, SequenceModel? second, EntityFeatureGroups groups, WordClusters clusters, Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(first);
        _first = first;
        _second = second;
        _firstPacked = new QuantizedEmissions(first);
        _secondPacked = second is null ? null : new QuantizedEmissions(second);
        Groups = second is null ? groups & ~EntityFeatureGroups.SecondStage : groups | EntityFeatureGroups.SecondStage;
        Clusters = clusters ?? WordClusters.Empty;
        Gazetteer = gazetteer ?? Gazetteer.Empty;
        Refiner = new EntityRefiner(Gazetteer);
    }

    /// <summary>The shipped model (<c>models/ner-en.bin</c> with <c>clusters-en.bin</c> and the built-in gazetteers), loaded once.</summary>
    public static EntityRecognizer Default => Shipped.Value;

    /// <summary>Feature groups in use.</summary>
    public EntityFeatureGroups Groups { get; }

    /// <summary>The word clusters in use.</summary>
    public WordClusters Clusters { get; }

    /// <summary>The gazetteer in use.</summary>
    public Gazetteer Gazetteer { get; }

    /// <summary>Turns model types into finer labels (GPE, NORP).</summary>
    public EntityRefiner Refiner { get; }

    /// <summary>The models: first stage, then second stage when present.</summary>
    public IReadOnlyList<SequenceModel> Stages => _second is null ? [_first] : [_first, _second];

    /// <summary>
    /// Loads a saved recognizer; its cluster file (<c>clusters-en.bin</c> beside it, else the shipped one) and the
    /// built-in gazetteers must be the ones it was trained with, or loading fails with <see cref="ErrorCode.BadModel"/>.
    /// </summary>
    public static EntityRecognizer Load(string path)
    {
        var contents = EntityModelFile.Load(path);
        var clusters = WordClusters.Empty;
        if ((contents.Groups & EntityFeatureGroups.Clusters) != 0)
        {
            var beside = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, "clusters-en.bin");
            clusters = WordClusters.Load(File.Exists(beside) ? beside : ModelLocator.Require("clusters-en.bin"));
            Check(path, "cluster file", contents.ClustersChecksum, clusters.Checksum);
        }

        var gazetteer = Gazetteer.Empty;
        if ((contents.Groups & EntityFeatureGroups.Gazetteers) != 0)
        {
            gazetteer = GazetteerLists.Load();
            Check(path, "gazetteer lists", contents.GazetteerChecksum, GazetteerLists.Checksum);
        }
        else
        {
            // The refiner still needs the lists even when the model did not use them as features.
            gazetteer = GazetteerLists.Load();
        }

        return new EntityRecognizer(contents.Stages[0], contents.Stages.Count > 1 ? contents.Stages[1] : null, contents.Groups, clusters, gazetteer);
    }

    /// <summary>Finds the entities of a tokenized text and appends them, in text order, to <paramref name="output"/>.</summary>
    public void Recognize(string text, Token[] tokens, ReadOnlySpan<Sentence> sentences, List<EntityMention> output)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(output);
        var scratch = Rent();
        try
        {
            scratch.Ensure(tokens.Length);
            scratch.Extractor.BeginDocument(text, tokens, sentences);
            if (_second is not null)
            {
                Decode(scratch, _firstPacked, sentences, secondStage: false);
                scratch.Extractor.SetFirstStage(scratch.Labels.AsSpan(0, tokens.Length));
            }

            var model = _secondPacked ?? _firstPacked;
            foreach (var sentence in sentences)
            {
                if (sentence.TokenCount == 0)
                {
                    continue;
                }

                var labels = scratch.Labels.AsSpan(sentence.FirstToken, sentence.TokenCount);
                scratch.Extractor.Extract(sentence, scratch.Features, _second is not null);
                scratch.Ensure(tokens.Length, sentence.TokenCount * model.Labels);
                model.Decode(scratch.Features, scratch.Scores, scratch.Back, labels);
                scratch.Spans.Clear();
                BilouScheme.Decode(labels, EntityTypes.Conll, scratch.Spans);
                foreach (var span in scratch.Spans)
                {
                    var from = sentence.FirstToken + span.Start;
                    var to = sentence.FirstToken + span.End;
                    var confidence = Confidence(scratch.Scores, model.Labels, labels, span);
                    var label = Refiner.Refine(span.Type, scratch.Extractor.Facts.Key.AsSpan(from, to - from));
                    output.Add(new EntityMention(tokens[from].Start, tokens[to - 1].End, label, confidence));
                }
            }
        }
        finally
        {
            _pool.Add(scratch);
        }
    }

    /// <summary>Entities per sentence as token spans (model types, unrefined): what evaluation scores.</summary>
    public List<List<EntitySpan>> RecognizeSpans(TokenizedText input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var scratch = Rent();
        try
        {
            Tag(scratch, input.Text, input.Tokens, input.Sentences);
            var result = new List<List<EntitySpan>>(input.Sentences.Length);
            foreach (var sentence in input.Sentences)
            {
                var spans = new List<EntitySpan>();
                BilouScheme.Decode(scratch.Labels.AsSpan(sentence.FirstToken, sentence.TokenCount), EntityTypes.Conll, spans);
                result.Add(spans);
            }

            return result;
        }
        finally
        {
            _pool.Add(scratch);
        }
    }

    private void Tag(Scratch scratch, string text, Token[] tokens, ReadOnlySpan<Sentence> sentences)
    {
        scratch.Ensure(tokens.Length);
        scratch.Extractor.BeginDocument(text, tokens, sentences);
        Decode(scratch, _firstPacked, sentences, secondStage: false);
        if (_secondPacked is not null)
        {
            scratch.Extractor.SetFirstStage(scratch.Labels.AsSpan(0, tokens.Length));
            Decode(scratch, _secondPacked, sentences, secondStage: true);
        }
    }

    private static void Decode(Scratch scratch, QuantizedEmissions model, ReadOnlySpan<Sentence> sentences, bool secondStage)
    {
        foreach (var sentence in sentences)
        {
            if (sentence.TokenCount == 0)
            {
                continue;
            }

            scratch.Extractor.Extract(sentence, scratch.Features, secondStage);
            scratch.Ensure(scratch.Labels.Length, sentence.TokenCount * model.Labels);
            model.Decode(scratch.Features, scratch.Scores, scratch.Back, scratch.Labels.AsSpan(sentence.FirstToken, sentence.TokenCount));
        }
    }

    // Mean over the mention's tokens of a logistic of the emission margin between the chosen label and the
    // runner-up: a perceptron score is no probability, but the margin ranks sure and unsure mentions sensibly.
    private static float Confidence(ReadOnlySpan<float> scores, int count, ReadOnlySpan<int> labels, EntitySpan span)
    {
        var total = 0.0;
        for (var t = span.Start; t < span.End; t++)
        {
            var row = scores.Slice(t * count, count);
            var chosen = row[labels[t]];
            var runnerUp = float.NegativeInfinity;
            for (var y = 0; y < count; y++)
            {
                if (y != labels[t] && row[y] > runnerUp)
                {
                    runnerUp = row[y];
                }
            }

            total += 1.0 / (1.0 + Math.Exp(-(chosen - runnerUp)));
        }

        return (float)(total / (span.End - span.Start));
    }

    private Scratch Rent() => _pool.TryTake(out var scratch) ? scratch : new Scratch(new EntityFeatureExtractor(Groups, Clusters, Gazetteer, _first.Bits));

    private static void Check(string path, string what, string expected, string actual)
    {
        if (expected.Length > 0 && !string.Equals(expected, actual, StringComparison.Ordinal))
        {
            throw new BackchannelException(new BackchannelError(ErrorCode.BadModel, $"The entity model was trained with other {what} than the ones installed.", path, "Retrain it with 'backchannel train ner' after changing clusters or gazetteers."));
        }
    }

    private sealed class Scratch(EntityFeatureExtractor extractor)
    {
        public EntityFeatureExtractor Extractor { get; } = extractor;

        public FeatureSequence Features { get; } = new(128, 64);

        public List<EntitySpan> Spans { get; } = [];

        public int[] Labels { get; private set; } = new int[1024];

        public float[] Scores { get; private set; } = new float[4096];

        public int[] Back { get; private set; } = new int[4096];

        public void Ensure(int tokens, int cells = 0)
        {
            if (Labels.Length < tokens)
            {
                Labels = new int[tokens * 2];
            }

            if (Scores.Length < cells)
            {
                Scores = new float[cells * 2];
                Back = new int[cells * 2];
            }
        }
    }
}
