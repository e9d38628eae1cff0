using System.Buffers;

namespace Backchannel.Learning;

/// <summary>Exact first-order decoding over emission and transition weights (shared by training and inference).</summary>
internal static class Viterbi
{
    /// <summary>
    /// Fills <paramref name="output"/> with the highest-scoring labels. Transition row <c>labels</c> holds the
    /// start-of-sequence scores.
    /// </summary>
    public static void Decode(FeatureSequence sequence, ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, int labels, Span<int> output)
    {
        var n = sequence.Length;
        if (n == 0)
        {
            return;
        }

        var scoreBuffer = ArrayPool<float>.Shared.Rent(n * labels);
        var backBuffer = ArrayPool<int>.Shared.Rent(n * labels);
        try
        {
            var scores = scoreBuffer.AsSpan(0, n * labels);
            var back = backBuffer.AsSpan(0, n * labels);
            for (var t = 0; t < n; t++)
            {
                var row = scores.Slice(t * labels, labels);
                Emit(sequence.At(t), emissions, labels, row);
                if (t == 0)
                {
                    var start = transitions.Slice(labels * labels, labels);
                    for (var y = 0; y < labels; y++)
                    {
                        row[y] += start[y];
                    }

                    continue;
                }

                var previous = scores.Slice((t - 1) * labels, labels);
                for (var y = 0; y < labels; y++)
                {
                    var best = float.NegativeInfinity;
                    var arg = 0;
                    for (var p = 0; p < labels; p++)
                    {
                        var s = previous[p] + transitions[(p * labels) + y];
                        if (s > best)
                        {
                            best = s;
                            arg = p;
                        }
                    }

                    row[y] += best;
                    back[(t * labels) + y] = arg;
                }
            }

            var last = scores.Slice((n - 1) * labels, labels);
            var label = 0;
            for (var y = 1; y < labels; y++)
            {
                if (last[y] > last[label])
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
        finally
        {
            ArrayPool<float>.Shared.Return(scoreBuffer);
            ArrayPool<int>.Shared.Return(backBuffer);
        }
    }

    /// <summary>Sums the weights of every feature for every label.</summary>
    public static void Emit(ReadOnlySpan<int> features, ReadOnlySpan<float> emissions, int labels, Span<float> row)
    {
        row.Clear();
        foreach (var f in features)
        {
            var weights = emissions.Slice(f * labels, labels);
            for (var y = 0; y < labels; y++)
            {
                row[y] += weights[y];
            }
        }
    }
}
