using System.Collections.Immutable;

namespace Backchannel.Learning;

/// <summary>
/// A first-order linear sequence model: per-label weights for hashed features, plus label-to-label transition
/// weights, decoded exactly with Viterbi. Trained by <see cref="SequencePerceptronTrainer"/>; read-only and
/// thread-safe once built, so one instance serves every document.
/// </summary>
public sealed class SequenceModel
{
    // A model built in memory (training, averaging) has the dense table; a model read from a file has only its used
    // rows (EmissionRows), and builds the dense table only if something asks for it (saving, averaging, tests).
    private readonly Lazy<float[]> _emissions;
    private readonly EmissionRows? _rows;
    private readonly float[] _transitions;
    private readonly Lazy<PackedEmissions> _packed;
    private readonly Lazy<HalfEmissions?> _half;

    /// <summary>Wraps trained weights. <paramref name="emissions"/> is bucket-major: <c>[bucket * labels + label]</c>.</summary>
    public SequenceModel(ImmutableArray<string> labels, int bits, float[] emissions, float[] transitions, ImmutableDictionary<string, string>? info = null)
    {
        ArgumentNullException.ThrowIfNull(emissions);
        ArgumentNullException.ThrowIfNull(transitions);
        if (emissions.Length != (1 << bits) * labels.Length)
        {
            throw new ArgumentException("Emission weights do not match bits × labels.", nameof(emissions));
        }

        if (transitions.Length != (labels.Length + 1) * labels.Length)
        {
            throw new ArgumentException("Transition weights do not match (labels + 1) × labels.", nameof(transitions));
        }

        Labels = labels;
        Bits = bits;
        _emissions = new(() => emissions, LazyThreadSafetyMode.PublicationOnly);
        _transitions = transitions;
        Info = info ?? ImmutableDictionary<string, string>.Empty;
        _packed = new(() => new PackedEmissions(Emissions, Labels.Length), LazyThreadSafetyMode.ExecutionAndPublication);
        _half = new(() => HalfEmissions.TryCreate(Emissions, Labels.Length), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>A model read from a file: only the used buckets' rows (<see cref="EmissionRows"/>).</summary>
    internal SequenceModel(ImmutableArray<string> labels, int bits, EmissionRows rows, float[] transitions, ImmutableDictionary<string, string>? info = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(transitions);
        if (rows.Map.Buckets != 1 << bits || rows.Labels != labels.Length)
        {
            throw new ArgumentException("Emission rows do not match bits × labels.", nameof(rows));
        }

        if (transitions.Length != (labels.Length + 1) * labels.Length)
        {
            throw new ArgumentException("Transition weights do not match (labels + 1) × labels.", nameof(transitions));
        }

        Labels = labels;
        Bits = bits;
        _rows = rows;
        _emissions = new(rows.ToDense, LazyThreadSafetyMode.ExecutionAndPublication);
        _transitions = transitions;
        Info = info ?? ImmutableDictionary<string, string>.Empty;
        _packed = new(() => new PackedEmissions(rows), LazyThreadSafetyMode.ExecutionAndPublication);
        _half = new(() => HalfEmissions.FromRows(rows), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Label names; a decoded label is an index into this list.</summary>
    public ImmutableArray<string> Labels { get; }

    /// <summary>Log2 of the number of feature buckets.</summary>
    public int Bits { get; }

    /// <summary>Free-form facts about the model (training data, seed, scores), kept in the model file.</summary>
    public ImmutableDictionary<string, string> Info { get; }

    /// <summary>The dense bucket-major table (built on first use for a model read from a file).</summary>
    internal ReadOnlySpan<float> Emissions => _emissions.Value;

    /// <summary>
    /// One bucket's weights, one per label, without building the dense table of a model read from a file: what the
    /// compact decoding tables are packed from.
    /// </summary>
    internal ReadOnlySpan<float> BucketWeights(int bucket) =>
        _rows is { } rows ? rows.Bucket(bucket) : _emissions.Value.AsSpan(bucket * Labels.Length, Labels.Length);

    /// <summary>Whether a bucket holds any weight (always true for a dense model; exact for one read from a file).</summary>
    internal bool MayUse(int bucket) => _rows is not { } rows || rows.Map.Row(bucket) != 0;

    internal ReadOnlySpan<float> Transitions => _transitions;

    /// <summary>The emission weights rounded to 8 bits (<see cref="DecodeFast"/>'s table), packed on first use.</summary>
    internal PackedEmissions Packed => _packed.Value;

    /// <summary>
    /// The mean of models trained on the same labels and buckets with different shuffle seeds: one linear model that
    /// votes like the group, with less of the chance that a single seed's order of examples carries.
    /// </summary>
    public static SequenceModel Average(IReadOnlyList<SequenceModel> models, ImmutableDictionary<string, string>? info = null)
    {
        ArgumentNullException.ThrowIfNull(models);
        if (models.Count == 0)
        {
            throw new ArgumentException("No models to average.", nameof(models));
        }

        var first = models[0];
        if (models.Count == 1)
        {
            return first;
        }

        var emissions = new float[first.Emissions.Length];
        var transitions = new float[first._transitions.Length];
        foreach (var model in models)
        {
            if (model.Bits != first.Bits || !model.Labels.SequenceEqual(first.Labels))
            {
                throw new ArgumentException("Models to average must share labels and feature buckets.", nameof(models));
            }

            AddTo(emissions, model.Emissions);
            AddTo(transitions, model._transitions);
        }

        var scale = 1f / models.Count;
        Scale(emissions, scale);
        Scale(transitions, scale);
        return new SequenceModel(first.Labels, first.Bits, emissions, transitions, info ?? first.Info);
    }

    private static void AddTo(float[] sum, ReadOnlySpan<float> values)
    {
        for (var i = 0; i < sum.Length; i++)
        {
            sum[i] += values[i];
        }
    }

    private static void Scale(float[] values, float scale)
    {
        for (var i = 0; i < values.Length; i++)
        {
            values[i] *= scale;
        }
    }

    /// <summary>Index of a label name, or -1.</summary>
    public int LabelIndex(string label) => Labels.IndexOf(label);

    /// <summary>
    /// Writes the best label sequence for <paramref name="sequence"/> into <paramref name="output"/>. A model whose
    /// weights are all half-precision values (every model read from a file) is decoded over a compact copy of its
    /// emission table (<see cref="HalfEmissions"/>, built on first use): same sums, same path, far fewer cache misses.
    /// </summary>
    public void Decode(FeatureSequence sequence, Span<int> output) => Decode(sequence, [], output);

    /// <summary>
    /// Like <see cref="Decode(FeatureSequence, Span{int})"/>, but a position whose <paramref name="fixedLabels"/>
    /// entry is a label index (not -1) is forced to that label and costs almost nothing to decode.
    /// </summary>
    public void Decode(FeatureSequence sequence, ReadOnlySpan<int> fixedLabels, Span<int> output)
    {
        ArgumentNullException.ThrowIfNull(sequence);
        if (_half.Value is { } half)
        {
            Viterbi.Decode(sequence, new HalfEmissionScores(half), _transitions, Labels.Length, output, fixedLabels);
        }
        else
        {
            Viterbi.Decode(sequence, Emissions, _transitions, Labels.Length, output, fixedLabels);
        }
    }

    /// <summary>
    /// Exact decoding over the float table itself, never the compact copy: what <see cref="Decode(FeatureSequence, Span{int})"/>
    /// must agree with (tests compare the two).
    /// </summary>
    internal void DecodeDense(FeatureSequence sequence, Span<int> output) =>
        Viterbi.Decode(sequence, Emissions, _transitions, Labels.Length, output);

    /// <summary>Whether <see cref="Decode(FeatureSequence, Span{int})"/> reads the compact half-precision table.</summary>
    internal bool DecodesHalfTable => _half.Value is not null;

    /// <summary>
    /// The fast, approximate form of <see cref="Decode(FeatureSequence, ReadOnlySpan{int}, Span{int})"/> for large
    /// label sets: beam search (each position keeps its <paramref name="beam"/> best labels, at least 1) over the
    /// emission weights rounded to 8 bits (packed on first use; a row of 45 labels is 48 bytes instead of 180).
    /// For the part-of-speech tagger a beam of 3 gives the same eng.testa accuracy as exact decoding.
    /// </summary>
    public void DecodeFast(FeatureSequence sequence, ReadOnlySpan<int> fixedLabels, Span<int> output, int beam)
    {
        ArgumentNullException.ThrowIfNull(sequence);
        ArgumentOutOfRangeException.ThrowIfLessThan(beam, 1);
        Viterbi.DecodeBeam(sequence, _packed.Value, _transitions, Labels.Length, output, fixedLabels, Math.Min(beam, Labels.Length));
    }
}
