using System.Collections.Immutable;
using Backchannel.Diagnostics;
using Backchannel.Learning;
using Backchannel.Text;

namespace Backchannel.Tagging;

/// <summary>
/// Phrase chunker (NP, VP, PP, ADJP, ADVP, SBAR, PRT, …): an averaged-perceptron <see cref="SequenceModel"/> over
/// IOB2 labels, reading words and part-of-speech tags, decoded exactly over its weights rounded to 8 bits
/// (<see cref="ChunkSums"/>). Read-only and thread-safe; scratch buffers and caches are per thread.
/// </summary>
public sealed class Chunker
{
    /// <summary>File name of the shipped model.</summary>
    public const string ModelFileName = "chunk-en.bin";

    private static readonly Lazy<Chunker> s_shipped = new(() => LoadLog.Measure("chunk", () => new Chunker(SequenceModelFile.Load(ModelLocator.Require(ModelFileName)))));

    [ThreadStatic]
    private static Scratch? t_scratch;

    // Per label: the chunk type (interned once, so chunks share these strings) and whether it opens a chunk.
    private readonly string[] _types;
    private readonly bool[] _begins;

    // Decoding's rows: the labels padded to whole SIMD vectors, and the transition table padded to match.
    private readonly int _stride;
    private readonly float[] _transitions;

    /// <summary>Wraps a trained model whose labels are IOB2 tags.</summary>
    public Chunker(SequenceModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        Model = model;
        _types = [.. model.Labels.Select(label => string.Intern(ChunkTags.Type(label).ToString()))];
        _begins = [.. model.Labels.Select(label => label.StartsWith("B-", StringComparison.Ordinal))];
        _stride = Viterbi.PaddedStride(model.Labels.Length);
        _transitions = Viterbi.PadTransitions(model.Transitions, model.Labels.Length, _stride);
    }

    /// <summary>The shipped English chunker, loaded once per process on first use.</summary>
    public static Chunker Shipped => s_shipped.Value;

    /// <summary>The sequence model.</summary>
    public SequenceModel Model { get; }

    /// <summary>The IOB2 label set; <see cref="Label"/> writes indices into it.</summary>
    public ImmutableArray<string> Labels => Model.Labels;

    /// <summary>Labels one sentence given each token's part-of-speech tag.</summary>
    public void Label(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<string> posTags, Span<int> labels)
    {
        if (tokens.Length == 0)
        {
            return;
        }

        var scratch = t_scratch ??= new Scratch();
        scratch.Forms.Load(text, tokens);
        var table = Model.Packed;
        if (!table.SumsPairs)
        {
            ChunkFeatures.Extract(scratch.Forms, posTags, scratch.Features, Model.Bits);
            Model.Decode(scratch.Features, labels);
            return;
        }

        // Exact Viterbi over the 8-bit weights (eng.testa F1 92.09, as over the float weights), summed from cached
        // per-word and per-tag-trigram parts: the chunker was memory-bound on 21 random row reads per token.
        var scores = scratch.Scores(tokens.Length * _stride);
        scratch.Sums.Score(scratch.Forms, posTags, table, Model.Bits, scores, _stride);
        Viterbi.DecodeRows(scores, _stride, _transitions, Labels.Length, labels[..tokens.Length]);
    }

    /// <summary>
    /// Chunks one sentence and appends its chunks to <paramref name="output"/>; <paramref name="firstToken"/> is the
    /// index of <paramref name="tokens"/>[0] in the document's token layer.
    /// </summary>
    public void Chunk(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<string> posTags, int firstToken, List<Chunk> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var scratch = t_scratch ??= new Scratch();
        var labels = scratch.Labels(tokens.Length);
        Label(text, tokens, posTags, labels);
        for (var i = 0; i < tokens.Length; i++)
        {
            var type = _types[labels[i]];
            if (type.Length == 0)
            {
                continue;
            }

            // An I- label with no open chunk of its type (the model's rare slip) opens one, as conlleval reads it.
            var end = i + 1;
            while (end < tokens.Length && !_begins[labels[end]] && ReferenceEquals(_types[labels[end]], type))
            {
                end++;
            }

            output.Add(new Chunk(tokens[i].Start, tokens[end - 1].End, type, firstToken + i, end - i));
            i = end - 1;
        }
    }

    private sealed class Scratch
    {
        private int[] _labels = new int[128];
        private float[] _scores = new float[128 * 32];

        public ChunkSums Sums { get; } = new();

        public Span<float> Scores(int length)
        {
            if (_scores.Length < length)
            {
                _scores = new float[length * 2];
            }

            return _scores.AsSpan(0, length);
        }

        public WordForms Forms { get; } = new();

        public FeatureSequence Features { get; } = new();

        public Span<int> Labels(int length)
        {
            if (_labels.Length < length)
            {
                _labels = new int[length * 2];
            }

            return _labels.AsSpan(0, length);
        }
    }
}
