using System.Buffers;

namespace Backchannel.Learning;

/// <summary>Exact first-order decoding over emission and transition weights (shared by training and inference).</summary>
internal static class Viterbi
{
    /// <summary>
    /// Fills <paramref name="output"/> with the highest-scoring labels. Transition row <c>labels</c> holds the
    /// start-of-sequence scores. Where <paramref name="fixedLabels"/> holds a label (&gt;= 0) that position is forced
    /// to it, and only that label is scored there: a tag dictionary makes frequent unambiguous words nearly free.
    /// </summary>
    public static void Decode(FeatureSequence sequence, ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, int labels, Span<int> output, ReadOnlySpan<int> fixedLabels = default)
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
            var previousFixed = -1;
            for (var t = 0; t < n; t++)
            {
                var row = scores.Slice(t * labels, labels);
                var fixedLabel = t < fixedLabels.Length ? fixedLabels[t] : -1;
                if (fixedLabel >= 0)
                {
                    DecodeFixed(sequence.At(t), emissions, transitions, labels, t, fixedLabel, previousFixed, scores, back);
                    previousFixed = fixedLabel;
                    continue;
                }

                Emit(sequence.At(t), emissions, labels, row);
                if (t > 0 && previousFixed >= 0)
                {
                    // Only one previous label survives, so every label's best predecessor is that one.
                    var from = scores[((t - 1) * labels) + previousFixed];
                    for (var y = 0; y < labels; y++)
                    {
                        row[y] += from + transitions[(previousFixed * labels) + y];
                        back[(t * labels) + y] = previousFixed;
                    }

                    previousFixed = -1;
                    continue;
                }

                previousFixed = -1;
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

    private static void DecodeFixed(ReadOnlySpan<int> features, ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, int labels, int t, int label, int previousFixed, Span<float> scores, Span<int> back)
    {
        var row = scores.Slice(t * labels, labels);
        row.Fill(float.NegativeInfinity);
        var score = 0f;
        foreach (var f in features)
        {
            score += emissions[(f * labels) + label];
        }

        var arg = 0;
        if (t == 0)
        {
            score += transitions[(labels * labels) + label];
        }
        else if (previousFixed >= 0)
        {
            arg = previousFixed;
            score += scores[((t - 1) * labels) + previousFixed] + transitions[(previousFixed * labels) + label];
        }
        else
        {
            var previous = scores.Slice((t - 1) * labels, labels);
            var best = float.NegativeInfinity;
            for (var p = 0; p < labels; p++)
            {
                var s = previous[p] + transitions[(p * labels) + label];
                if (s > best)
                {
                    best = s;
                    arg = p;
                }
            }

            score += best;
        }

        row[label] = score;
        back[(t * labels) + label] = arg;
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
