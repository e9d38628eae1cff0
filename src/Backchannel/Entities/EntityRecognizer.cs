using System.Collections.Concurrent;
using System.Runtime.Intrinsics;
using Backchannel.Diagnostics;
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
    private static readonly Lazy<EntityRecognizer> Shipped = new(() => LoadLog.Measure("ner", () => Load(ModelLocator.Require("ner-en.bin"))));
    private readonly ConcurrentBag<Scratch> _pool = [];
    private readonly SequenceModel _first;
    private readonly SequenceModel? _second;
    private readonly QuantizedEmissions _packed;
    private readonly BilouDecoder _firstDecoder;
    private readonly BilouDecoder? _secondDecoder;

    /// <summary>Wraps trained models with the lexicons they were trained with.</summary>
    public EntityRecognizer(SequenceModel first, SequenceModel? second, EntityFeatureGroups groups, WordClusters clusters, Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(first);
        _first = first;
        _second = second;
        _packed = new QuantizedEmissions(first, second);
        _firstDecoder = new BilouDecoder(first);
        _secondDecoder = second is null ? null : new BilouDecoder(second);
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
        => Recognize(text, tokens, sentences, [], output);

    /// <summary>
    /// Finds the entities of a tokenized text whose structure is <paramref name="regions"/> (its reader's headings,
    /// reference entries, bylines and datelines; see <see cref="StructureRules"/>) and appends them, in text order,
    /// to <paramref name="output"/>.
    /// </summary>
    public void Recognize(string text, Token[] tokens, ReadOnlySpan<Sentence> sentences, ReadOnlySpan<Documents.DocumentRegion> regions, List<EntityMention> output)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(output);
        var scratch = Rent();
        try
        {
            var rules = scratch.Rules;
            var structured = rules.Prepare(text, tokens, sentences, regions);
            if (structured)
            {
                sentences = rules.Sentences;
            }

            Tag(scratch, text, tokens, sentences, structured ? rules.HeadlineView(tokens.Length) : []);
            var first = output.Count;
            var count = _packed.Labels;
            var scores = _secondDecoder is null ? scratch.First : scratch.Second;
            foreach (var sentence in sentences)
            {
                if (sentence.TokenCount == 0)
                {
                    continue;
                }

                var labels = scratch.Labels.AsSpan(sentence.FirstToken, sentence.TokenCount);
                var rows = scores.AsSpan(sentence.FirstToken * count, sentence.TokenCount * count);
                scratch.Spans.Clear();
                BilouScheme.Decode(labels, EntityTypes.Conll, scratch.Spans);
                foreach (var decoded in scratch.Spans)
                {
                    var span = TrimRole(text, tokens, sentence.FirstToken, decoded);
                    var from = sentence.FirstToken + span.Start;
                    var to = sentence.FirstToken + span.End;
                    var confidence = Confidence(rows, count, labels, span);
                    var label = Refiner.Refine(span.Type, scratch.Extractor.Facts.Key.AsSpan(from, to - from));
                    var mention = new EntityMention(tokens[from].Start, tokens[to - 1].End, label, confidence);
                    if (!structured || rules.Admit(text, tokens, from, to, span.Type, mention))
                    {
                        output.Add(mention);
                    }
                }
            }

            if (structured)
            {
                rules.Finish(text, tokens, scratch.Extractor.Facts, Gazetteer, Refiner, output, first);
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
            Tag(scratch, input.Text, input.Tokens, input.Sentences, []);
            var result = new List<List<EntitySpan>>(input.Sentences.Length);
            foreach (var sentence in input.Sentences)
            {
                var spans = new List<EntitySpan>();
                BilouScheme.Decode(scratch.Labels.AsSpan(sentence.FirstToken, sentence.TokenCount), EntityTypes.Conll, spans);
                for (var k = 0; k < spans.Count; k++)
                {
                    spans[k] = TrimRole(input.Text, input.Tokens, sentence.FirstToken, spans[k]);
                }

                result.Add(spans);
            }

            return result;
        }
        finally
        {
            _pool.Add(scratch);
        }
    }

    // Stage one extracts each sentence's features once and sums both stages' weights for them in one walk over the
    // shared table; stage two then adds only its own three features per token before decoding.
    private void Tag(Scratch scratch, string text, Token[] tokens, ReadOnlySpan<Sentence> sentences, ReadOnlySpan<bool> headlineView)
    {
        var count = _packed.Labels;
        scratch.Ensure(tokens.Length, tokens.Length * count);
        scratch.Extractor.BeginDocument(text, tokens, sentences, headlineView);
        var features = scratch.Features;
        var first = scratch.First.AsSpan(0, tokens.Length * count);
        var second = scratch.Second.AsSpan(0, tokens.Length * count);
        foreach (var sentence in sentences)
        {
            if (sentence.TokenCount == 0)
            {
                continue;
            }

            if (scratch.Parts is { } parts)
            {
                // Word-only features come summed per word type; only the rest is extracted and looked up here.
                scratch.Extractor.ExtractContext(sentence, features);
                var rows = scratch.PartRows(sentence.TokenCount);
                parts.AddSentence(scratch.Extractor.Facts, tokens, sentence.FirstToken, sentence.FirstToken + sentence.TokenCount, rows);
                for (var t = 0; t < sentence.TokenCount; t++)
                {
                    var cell = (sentence.FirstToken + t) * count;
                    _packed.Score(features.At(t), rows[2 * t], rows[(2 * t) + 1], first.Slice(cell, count), second.Slice(cell, count));
                }
            }
            else
            {
                scratch.Extractor.Extract(sentence, features, secondStage: false);
                for (var t = 0; t < sentence.TokenCount; t++)
                {
                    var cell = (sentence.FirstToken + t) * count;
                    _packed.Score(features.At(t), first.Slice(cell, count), second.Slice(cell, count));
                }
            }

            _firstDecoder.Decode(first.Slice(sentence.FirstToken * count, sentence.TokenCount * count), scratch.Back, scratch.Labels.AsSpan(sentence.FirstToken, sentence.TokenCount));
        }

        if (_secondDecoder is null)
        {
            return;
        }

        scratch.Extractor.SetFirstStage(scratch.Labels.AsSpan(0, tokens.Length));
        foreach (var sentence in sentences)
        {
            if (sentence.TokenCount == 0)
            {
                continue;
            }

            scratch.Extractor.ExtractSecondStage(sentence, features);
            for (var t = 0; t < sentence.TokenCount; t++)
            {
                _packed.AddSecond(features.At(t), second.Slice((sentence.FirstToken + t) * count, count));
            }

            _secondDecoder.Decode(second.Slice(sentence.FirstToken * count, sentence.TokenCount * count), scratch.Back, scratch.Labels.AsSpan(sentence.FirstToken, sentence.TokenCount));
        }
    }

    // A person mention keeps no leading role noun ("Envoys Ana Ruiz" → "Ana Ruiz"): the CoNLL convention for titles.
    private static EntitySpan TrimRole(string text, Token[] tokens, int sentenceStart, EntitySpan span)
    {
        if (!string.Equals(span.Type, EntityTypes.Person, StringComparison.Ordinal))
        {
            return span;
        }

        var start = RoleNouns.PersonStart(text, tokens, sentenceStart + span.Start, sentenceStart + span.End) - sentenceStart;
        return span with { Start = start };
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

    /// <summary>
    /// Whether word-only features are summed once per word type and reused (the default where the hardware allows);
    /// off, every feature of every token is looked up. Scores are identical either way. Set before first use.
    /// </summary>
    internal bool CachesWordParts { get; set; } = true;

    /// <summary>Whether recognition takes the word-part path: cached, and the hardware allows it.</summary>
    internal bool SumsWordParts => CachesWordParts && _packed.SumsParts;

    private Scratch Rent()
    {
        if (_pool.TryTake(out var scratch))
        {
            return scratch;
        }

        var extractor = new EntityFeatureExtractor(Groups, Clusters, Gazetteer, _first.Bits);
        return new Scratch(extractor, SumsWordParts ? new WordPartSums(extractor, _packed) : null);
    }

    private static void Check(string path, string what, string expected, string actual)
    {
        if (expected.Length > 0 && !string.Equals(expected, actual, StringComparison.Ordinal))
        {
            throw new BackchannelException(new BackchannelError(ErrorCode.BadModel, $"The entity model was trained with other {what} than the ones installed.", path, "Retrain it with 'backchannel train ner' after changing clusters or gazetteers."));
        }
    }

    private sealed class Scratch(EntityFeatureExtractor extractor, WordPartSums? parts)
    {
        private Vector256<short>[] _partRows = new Vector256<short>[256];

        public EntityFeatureExtractor Extractor { get; } = extractor;

        public WordPartSums? Parts { get; } = parts;

        public Span<Vector256<short>> PartRows(int tokens)
        {
            if (_partRows.Length < 2 * tokens)
            {
                _partRows = new Vector256<short>[4 * tokens];
            }

            return _partRows.AsSpan(0, 2 * tokens);
        }

        public FeatureSequence Features { get; } = new(128, 64);

        public List<EntitySpan> Spans { get; } = [];

        public StructureRules Rules { get; } = new();

        public int[] Labels { get; private set; } = new int[1024];

        public float[] First { get; private set; } = new float[4096];

        public float[] Second { get; private set; } = new float[4096];

        public int[] Back { get; private set; } = new int[4096];

        public void Ensure(int tokens, int cells)
        {
            if (Labels.Length < tokens)
            {
                Labels = new int[tokens * 2];
            }

            if (First.Length < cells)
            {
                First = new float[cells * 2];
                Second = new float[cells * 2];
                Back = new int[cells * 2];
            }
        }
    }
}
