using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;

namespace Backchannel.Learning;

/// <summary>Exact first-order decoding over emission and transition weights (shared by training and inference).</summary>
internal static class Viterbi
{
    /// <summary>
    /// Fills <paramref name="output"/> with the highest-scoring labels. Transition row <c>labels</c> holds the
    /// start-of-sequence scores. Where <paramref name="fixedLabels"/> holds a label (&gt;= 0) that position is forced
    /// to it, and only that label is scored there: a tag dictionary makes frequent unambiguous words nearly free.
    /// </summary>
    /// <remarks>
    /// When <c>beam</c> is above zero and below <c>labels</c>, each position's labels only look back to the
    /// <c>beam</c> best labels of the position before (beam search): far fewer label pairs to score, and with a
    /// handful of survivors out of dozens of tags the best path is almost never lost.
    /// </remarks>
    public static void Decode(FeatureSequence sequence, ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, int labels, Span<int> output, ReadOnlySpan<int> fixedLabels = default, int beam = 0)
    {
        var n = sequence.Length;
        if (n == 0)
        {
            return;
        }

        var scoreBuffer = ArrayPool<float>.Shared.Rent((n + 1) * labels);
        var backBuffer = ArrayPool<int>.Shared.Rent((n + 1) * labels);
        try
        {
            var scores = scoreBuffer.AsSpan(0, n * labels);
            var back = backBuffer.AsSpan(0, n * labels);
            var bestScores = scoreBuffer.AsSpan(n * labels, labels);
            var bestArgs = backBuffer.AsSpan(n * labels, labels);
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
                if (beam > 0 && beam < labels)
                {
                    BestPredecessorsInBeam(previous, transitions, labels, beam, bestScores, bestArgs);
                }
                else
                {
                    BestPredecessors(previous, transitions, labels, bestScores, bestArgs);
                }
                for (var y = 0; y < labels; y++)
                {
                    row[y] += bestScores[y];
                    back[(t * labels) + y] = bestArgs[y];
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

    /// <summary>
    /// For every label, the best previous label and its score. Loops previous-label-major so the inner loop runs
    /// over contiguous transition weights in SIMD vectors; ties keep the lowest previous label, as a scalar scan would.
    /// </summary>
    private static void BestPredecessors(ReadOnlySpan<float> previous, ReadOnlySpan<float> transitions, int labels, Span<float> bestScores, Span<int> bestArgs)
    {
        bestScores.Fill(float.NegativeInfinity);
        bestArgs.Clear();
        var width = Vector<float>.Count;
        var vectorEnd = Vector.IsHardwareAccelerated ? labels - (labels % width) : 0;
        var scoreVectors = MemoryMarshal.Cast<float, Vector<float>>(bestScores[..vectorEnd]);
        var argVectors = MemoryMarshal.Cast<int, Vector<int>>(bestArgs[..vectorEnd]);
        for (var p = 0; p < labels; p++)
        {
            var from = previous[p];
            var row = transitions.Slice(p * labels, labels);
            if (vectorEnd > 0)
            {
                var fromVector = new Vector<float>(from);
                var label = new Vector<int>(p);
                var rowVectors = MemoryMarshal.Cast<float, Vector<float>>(row[..vectorEnd]);
                for (var v = 0; v < scoreVectors.Length; v++)
                {
                    var s = fromVector + rowVectors[v];
                    var better = Vector.GreaterThan(s, scoreVectors[v]);
                    scoreVectors[v] = Vector.ConditionalSelect(better, s, scoreVectors[v]);
                    argVectors[v] = Vector.ConditionalSelect(better, label, argVectors[v]);
                }
            }

            for (var y = vectorEnd; y < labels; y++)
            {
                var s = from + row[y];
                if (s > bestScores[y])
                {
                    bestScores[y] = s;
                    bestArgs[y] = p;
                }
            }
        }
    }

    /// <summary>Like <see cref="BestPredecessors"/>, but only the <paramref name="beam"/> best previous labels compete.</summary>
    private static void BestPredecessorsInBeam(ReadOnlySpan<float> previous, ReadOnlySpan<float> transitions, int labels, int beam, Span<float> bestScores, Span<int> bestArgs)
    {
        // Top labels by insertion into a small sorted list (beam is a handful; labels a few dozen).
        Span<int> top = stackalloc int[beam];
        Span<float> topScores = stackalloc float[beam];
        topScores.Fill(float.NegativeInfinity);
        top.Clear();
        for (var p = 0; p < labels; p++)
        {
            var s = previous[p];
            if (!(s > topScores[beam - 1]))
            {
                continue;
            }

            var k = beam - 1;
            while (k > 0 && s > topScores[k - 1])
            {
                topScores[k] = topScores[k - 1];
                top[k] = top[k - 1];
                k--;
            }

            topScores[k] = s;
            top[k] = p;
        }

        // Ascending label order keeps the tie rule of the full search (the lowest previous label wins).
        top.Sort();
        bestScores.Fill(float.NegativeInfinity);
        bestArgs.Clear();
        var width = Vector<float>.Count;
        var vectorEnd = Vector.IsHardwareAccelerated ? labels - (labels % width) : 0;
        var scoreVectors = MemoryMarshal.Cast<float, Vector<float>>(bestScores[..vectorEnd]);
        var argVectors = MemoryMarshal.Cast<int, Vector<int>>(bestArgs[..vectorEnd]);
        foreach (var p in top)
        {
            var from = previous[p];
            var row = transitions.Slice(p * labels, labels);
            if (vectorEnd > 0)
            {
                var fromVector = new Vector<float>(from);
                var label = new Vector<int>(p);
                var rowVectors = MemoryMarshal.Cast<float, Vector<float>>(row[..vectorEnd]);
                for (var v = 0; v < scoreVectors.Length; v++)
                {
                    var s = fromVector + rowVectors[v];
                    var better = Vector.GreaterThan(s, scoreVectors[v]);
                    scoreVectors[v] = Vector.ConditionalSelect(better, s, scoreVectors[v]);
                    argVectors[v] = Vector.ConditionalSelect(better, label, argVectors[v]);
                }
            }

            for (var y = vectorEnd; y < labels; y++)
            {
                var s = from + row[y];
                if (s > bestScores[y])
                {
                    bestScores[y] = s;
                    bestArgs[y] = p;
                }
            }
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

    /// <summary>Sums the weights of every feature for every label (in SIMD vectors; per label the order is unchanged).</summary>
    public static void Emit(ReadOnlySpan<int> features, ReadOnlySpan<float> emissions, int labels, Span<float> row)
    {
        row.Clear();
        var width = Vector<float>.Count;
        var vectorEnd = Vector.IsHardwareAccelerated ? labels - (labels % width) : 0;
        var rowVectors = MemoryMarshal.Cast<float, Vector<float>>(row[..vectorEnd]);
        foreach (var f in features)
        {
            var weights = emissions.Slice(f * labels, labels);
            for (var v = 0; v < rowVectors.Length; v++)
            {
                rowVectors[v] += new Vector<float>(weights[(v * width)..]);
            }

            for (var y = vectorEnd; y < labels; y++)
            {
                row[y] += weights[y];
            }
        }
    }
}
