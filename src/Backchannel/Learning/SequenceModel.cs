using System.Collections.Immutable;

namespace Backchannel.Learning;

/// <summary>
/// A first-order linear sequence model: per-label weights for hashed features, plus label-to-label transition
/// weights, decoded exactly with Viterbi. Trained by <see cref="SequencePerceptronTrainer"/>; read-only and
/// thread-safe once built, so one instance serves every document.
/// </summary>
public sealed class SequenceModel
{
    private readonly float[] _emissions;
    private readonly float[] _transitions;

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
        _emissions = emissions;
        _transitions = transitions;
        Info = info ?? ImmutableDictionary<string, string>.Empty;
    }

    /// <summary>Label names; a decoded label is an index into this list.</summary>
    public ImmutableArray<string> Labels { get; }

    /// <summary>Log2 of the number of feature buckets.</summary>
    public int Bits { get; }

    /// <summary>Free-form facts about the model (training data, seed, scores), kept in the model file.</summary>
    public ImmutableDictionary<string, string> Info { get; }

    internal ReadOnlySpan<float> Emissions => _emissions;

    internal ReadOnlySpan<float> Transitions => _transitions;

    /// <summary>Index of a label name, or -1.</summary>
    public int LabelIndex(string label) => Labels.IndexOf(label);

    /// <summary>Writes the best label sequence for <paramref name="sequence"/> into <paramref name="output"/>.</summary>
    public void Decode(FeatureSequence sequence, Span<int> output)
    {
        ArgumentNullException.ThrowIfNull(sequence);
        Viterbi.Decode(sequence, _emissions, _transitions, Labels.Length, output);
    }

    /// <summary>
    /// Like <see cref="Decode(FeatureSequence, Span{int})"/>, but a position whose <paramref name="fixedLabels"/>
    /// entry is a label index (not -1) is forced to that label and costs almost nothing to decode.
    /// </summary>
    public void Decode(FeatureSequence sequence, ReadOnlySpan<int> fixedLabels, Span<int> output)
    {
        ArgumentNullException.ThrowIfNull(sequence);
        Viterbi.Decode(sequence, _emissions, _transitions, Labels.Length, output, fixedLabels);
    }

    /// <summary>
    /// Like <see cref="Decode(FeatureSequence, ReadOnlySpan{int}, Span{int})"/>, but with a beam: each position's
    /// labels look back only to the <paramref name="beam"/> best labels of the position before (0 = exact Viterbi).
    /// With many labels (45 part-of-speech tags) a beam of 3 scores a fifteenth of the label pairs and finds the
    /// same path almost always.
    /// </summary>
    public void Decode(FeatureSequence sequence, ReadOnlySpan<int> fixedLabels, Span<int> output, int beam)
    {
        ArgumentNullException.ThrowIfNull(sequence);
        ArgumentOutOfRangeException.ThrowIfNegative(beam);
        Viterbi.Decode(sequence, _emissions, _transitions, Labels.Length, output, fixedLabels, beam);
    }
}
