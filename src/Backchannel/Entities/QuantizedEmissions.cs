using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Backchannel.Learning;

namespace Backchannel.Entities;

/// <summary>
/// A model's emission weights packed for fast decoding. Decoding is memory-bound (each feature is a random row in a
/// large table), so rows are made small: the <c>O</c> label's weight is subtracted from every label of the row
/// (a per-position constant, which never changes the best path or any margin) and dropped, and the other weights
/// are stored as 16-bit integers with one scale. With the 16 BILOU entity labels a row is 32 bytes, half a cache line.
/// </summary>
internal sealed class QuantizedEmissions
{
    private readonly short[] _weights;
    private readonly float _scale;
    private readonly int _stride;

    public QuantizedEmissions(SequenceModel model)
    {
        Labels = model.Labels.Length;
        _stride = Labels - 1;
        var emissions = model.Emissions;
        var buckets = emissions.Length / Labels;
        var max = 0f;
        for (var b = 0; b < buckets; b++)
        {
            var o = emissions[b * Labels];
            for (var y = 1; y < Labels; y++)
            {
                max = Math.Max(max, Math.Abs(emissions[(b * Labels) + y] - o));
            }
        }

        _scale = max > 0 ? max / short.MaxValue : 1;
        _weights = new short[buckets * _stride];
        for (var b = 0; b < buckets; b++)
        {
            var o = emissions[b * Labels];
            for (var y = 1; y < Labels; y++)
            {
                _weights[(b * _stride) + y - 1] = (short)Math.Round((emissions[(b * Labels) + y] - o) / _scale);
            }
        }

        Transitions = model.Transitions.ToArray();
        (_predecessors, _predecessorEnds, _canStart) = BilouMoves(model.Labels);

        // A sequence may not end inside an entity: the last label must be O, L-X or U-X.
        _canEnd = [.. model.Labels.Select(l => !l.StartsWith("B-", StringComparison.Ordinal) && !l.StartsWith("I-", StringComparison.Ordinal))];
    }

    private readonly int[] _predecessors;
    private readonly int[] _predecessorEnds;
    private readonly bool[] _canStart;
    private readonly bool[] _canEnd;

    public int Labels { get; }

    public float[] Transitions { get; }

    /// <summary>Writes the emission score of every label (label 0, <c>O</c>, is the zero reference) for one position.</summary>
    public void Score(ReadOnlySpan<int> features, Span<float> row)
    {
        row[0] = 0;
        if (_stride == 16 && Vector256.IsHardwareAccelerated)
        {
            var low = Vector256<int>.Zero;
            var high = Vector256<int>.Zero;
            ref var start = ref MemoryMarshal.GetArrayDataReference(_weights);
            foreach (var f in features)
            {
                var (l, h) = Vector256.Widen(Vector256.LoadUnsafe(ref start, (nuint)(f * 16)));
                low += l;
                high += h;
            }

            var scale = Vector256.Create(_scale);
            (Vector256.ConvertToSingle(low) * scale).CopyTo(row[1..]);
            (Vector256.ConvertToSingle(high) * scale).CopyTo(row[9..]);
            return;
        }

        Span<int> sums = stackalloc int[_stride];
        sums.Clear();
        foreach (var f in features)
        {
            var weights = _weights.AsSpan(f * _stride, _stride);
            for (var y = 0; y < _stride; y++)
            {
                sums[y] += weights[y];
            }
        }

        for (var y = 0; y < _stride; y++)
        {
            row[y + 1] = sums[y] * _scale;
        }
    }

    /// <summary>Viterbi over the packed emissions; <paramref name="scores"/> receives every position's emission row.</summary>
    public void Decode(FeatureSequence sequence, Span<float> scores, Span<int> back, Span<int> output)
    {
        var n = sequence.Length;
        var labels = Labels;
        if (n == 0)
        {
            return;
        }

        Span<float> previous = stackalloc float[labels];
        Span<float> current = stackalloc float[labels];
        for (var t = 0; t < n; t++)
        {
            var emission = scores.Slice(t * labels, labels);
            Score(sequence.At(t), emission);
            if (t == 0)
            {
                for (var y = 0; y < labels; y++)
                {
                    previous[y] = _canStart[y] ? emission[y] + Transitions[(labels * labels) + y] : float.NegativeInfinity;
                }

                continue;
            }

            for (var y = 0; y < labels; y++)
            {
                var best = float.NegativeInfinity;
                var arg = 0;
                for (var k = y == 0 ? 0 : _predecessorEnds[y - 1]; k < _predecessorEnds[y]; k++)
                {
                    var p = _predecessors[k];
                    var s = previous[p] + Transitions[(p * labels) + y];
                    if (s > best)
                    {
                        best = s;
                        arg = p;
                    }
                }

                current[y] = best + emission[y];
                back[(t * labels) + y] = arg;
            }

            current.CopyTo(previous);
        }

        var label = 0;
        for (var y = 1; y < labels; y++)
        {
            if (_canEnd[y] && previous[y] > previous[label])
            {
                label = y;
            }
        }

        for (var t = n - 1; t >= 0; t--)
        {
            output[t] = label;
            label = back[(t * labels) + label];
        }
    }

    // Well-formed BILOU paths only: I-X and L-X follow B-X or I-X; O, B-X and U-X follow O, L-* or U-*. Besides
    // guaranteeing clean spans this cuts the Viterbi inner loop from 17 predecessors to 2 or 9.
    private static (int[] Predecessors, int[] Ends, bool[] CanStart) BilouMoves(IReadOnlyList<string> labels)
    {
        var predecessors = new List<int>();
        var ends = new int[labels.Count];
        var canStart = new bool[labels.Count];
        for (var y = 0; y < labels.Count; y++)
        {
            var continues = labels[y].StartsWith("I-", StringComparison.Ordinal) || labels[y].StartsWith("L-", StringComparison.Ordinal);
            canStart[y] = !continues;
            for (var p = 0; p < labels.Count; p++)
            {
                var allowed = continues
                    ? (labels[p] == "B-" + labels[y][2..] || labels[p] == "I-" + labels[y][2..])
                    : labels[p] == "O" || labels[p].StartsWith("L-", StringComparison.Ordinal) || labels[p].StartsWith("U-", StringComparison.Ordinal);
                if (allowed)
                {
                    predecessors.Add(p);
                }
            }

            ends[y] = predecessors.Count;
        }

        return ([.. predecessors], ends, canStart);
    }
}
