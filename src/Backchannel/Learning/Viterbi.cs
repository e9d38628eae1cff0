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
    public static void Decode(FeatureSequence sequence, ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, int labels, Span<int> output, ReadOnlySpan<int> fixedLabels = default) =>
        Decode(sequence, new DenseEmissionScores(emissions, labels), transitions, labels, output, fixedLabels);

    /// <summary>
    /// <see cref="Decode(FeatureSequence, ReadOnlySpan{float}, ReadOnlySpan{float}, int, Span{int}, ReadOnlySpan{int})"/>
    /// over any store of the emission weights: the compact half-precision table gives the same sums, so the same path.
    /// </summary>
    public static void Decode<TEmissions>(FeatureSequence sequence, TEmissions emissions, ReadOnlySpan<float> transitions, int labels, Span<int> output, ReadOnlySpan<int> fixedLabels = default)
        where TEmissions : IEmissionScores, allows ref struct
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
            // Every free position's emission scores first, in one pass: the row reads of one position do not wait
            // for the previous position's predecessor scan, so the processor keeps many cache misses in flight.
            for (var t = 0; t < n; t++)
            {
                if (t >= fixedLabels.Length || fixedLabels[t] < 0)
                {
                    emissions.Emit(sequence.At(t), scores.Slice(t * labels, labels));
                }
            }

            var previousFixed = -1;
            for (var t = 0; t < n; t++)
            {
                var row = scores.Slice(t * labels, labels);
                var fixedLabel = t < fixedLabels.Length ? fixedLabels[t] : -1;
                if (fixedLabel >= 0)
                {
                    DecodeFixed(emissions.Sum(sequence.At(t), fixedLabel), transitions, labels, t, fixedLabel, previousFixed, scores, back);
                    previousFixed = fixedLabel;
                    continue;
                }

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
                BestPredecessors(previous, transitions, labels, bestScores, bestArgs);
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
    /// Exact decoding over emission scores already summed, in rows padded to whole SIMD vectors:
    /// <paramref name="scores"/> holds each position's row (<c>[position * stride + label]</c>) and is overwritten with
    /// path scores; <paramref name="transitions"/> is the transition table with the same <paramref name="stride"/>
    /// (<see cref="PadTransitions"/>), so no label is scored outside a vector. Same recursion and tie-breaking as
    /// <see cref="Decode{TEmissions}"/> with no fixed labels.
    /// </summary>
    public static void DecodeRows(Span<float> scores, int stride, ReadOnlySpan<float> transitions, int labels, Span<int> output)
    {
        var n = output.Length;
        if (n == 0)
        {
            return;
        }

        var width = Vector<float>.Count;
        if (stride % width != 0 || stride < labels || transitions.Length != (labels + 1) * stride || scores.Length < n * stride)
        {
            throw new ArgumentException("Rows and transitions must be padded to the same whole number of vectors.", nameof(stride));
        }

        var backBuffer = ArrayPool<int>.Shared.Rent(n * stride);
        try
        {
            var back = MemoryMarshal.Cast<int, Vector<int>>(backBuffer.AsSpan(0, n * stride));
            var rows = MemoryMarshal.Cast<float, Vector<float>>(scores[..(n * stride)]);
            var table = MemoryMarshal.Cast<float, Vector<float>>(transitions);
            var vectors = stride / width;
            for (var v = 0; v < vectors; v++)
            {
                rows[v] += table[(labels * vectors) + v];
            }

            for (var t = 1; t < n; t++)
            {
                var previous = scores.Slice((t - 1) * stride, labels);
                for (var v = 0; v < vectors; v++)
                {
                    // Previous-label-major, the first label's score seeds the maximum; ties keep the lower label.
                    var best = new Vector<float>(previous[0]) + table[v];
                    var arg = Vector<int>.Zero;
                    for (var p = 1; p < labels; p++)
                    {
                        var s = new Vector<float>(previous[p]) + table[(p * vectors) + v];
                        var better = Vector.GreaterThan(s, best);
                        best = Vector.ConditionalSelect(better, s, best);
                        arg = Vector.ConditionalSelect(better, new Vector<int>(p), arg);
                    }

                    rows[(t * vectors) + v] += best;
                    back[(t * vectors) + v] = arg;
                }
            }

            var last = scores.Slice((n - 1) * stride, labels);
            var label = 0;
            for (var y = 1; y < labels; y++)
            {
                if (last[y] > last[label])
                {
                    label = y;
                }
            }

            var backLabels = backBuffer.AsSpan(0, n * stride);
            for (var t = n - 1; t >= 0; t--)
            {
                output[t] = label;
                label = backLabels[(t * stride) + label];
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(backBuffer);
        }
    }

    /// <summary>
    /// The transition table (<c>labels + 1</c> rows of <c>labels</c>, the last the start scores) with rows padded to
    /// <paramref name="stride"/>: a padding label can never be reached (−∞), so padded rows decode as unpadded ones.
    /// </summary>
    public static float[] PadTransitions(ReadOnlySpan<float> transitions, int labels, int stride)
    {
        var padded = new float[(labels + 1) * stride];
        padded.AsSpan().Fill(float.NegativeInfinity);
        for (var p = 0; p <= labels; p++)
        {
            transitions.Slice(p * labels, labels).CopyTo(padded.AsSpan(p * stride));
        }

        return padded;
    }

    /// <summary>Row length that <see cref="DecodeRows"/> takes for <paramref name="labels"/>: whole SIMD vectors.</summary>
    public static int PaddedStride(int labels) => (labels + Vector<float>.Count - 1) / Vector<float>.Count * Vector<float>.Count;

    /// <summary>
    /// Beam search: each position keeps only its <paramref name="beam"/> best labels (with their best path scores
    /// and back pointers), and the next position's labels look back to those alone. A position with a fixed label
    /// keeps just that one, so dictionary-tagged words cost a few additions.
    /// </summary>
    public static void DecodeBeam(FeatureSequence sequence, PackedEmissions emissions, ReadOnlySpan<float> transitions, int labels, Span<int> output, ReadOnlySpan<int> fixedLabels, int beam)
    {
        var n = sequence.Length;
        if (n == 0)
        {
            return;
        }

        var hypothesisBuffer = ArrayPool<int>.Shared.Rent(2 * n * beam);
        var floatBuffer = ArrayPool<float>.Shared.Rent((2 * labels) + emissions.Stride + (2 * beam));
        try
        {
            var hypothesisLabels = hypothesisBuffer.AsSpan(0, n * beam);
            var hypothesisBack = hypothesisBuffer.AsSpan(n * beam, n * beam);
            var best = floatBuffer.AsSpan(0, labels);
            var bestArgs = MemoryMarshal.Cast<float, int>(floatBuffer.AsSpan(labels, labels));
            var row = floatBuffer.AsSpan(2 * labels, emissions.Stride);
            var previousScores = floatBuffer.AsSpan((2 * labels) + emissions.Stride, beam);
            var currentScores = floatBuffer.AsSpan((2 * labels) + emissions.Stride + beam, beam);
            Span<int> startLabel = [labels];
            ReadOnlySpan<int> previousLabels = startLabel;
            previousScores[0] = 0;
            var previousCount = 1;
            for (var t = 0; t < n; t++)
            {
                var currentLabels = hypothesisLabels.Slice(t * beam, beam);
                var currentBack = hypothesisBack.Slice(t * beam, beam);
                var fixedLabel = t < fixedLabels.Length ? fixedLabels[t] : -1;
                int count;
                if (fixedLabel >= 0)
                {
                    var score = float.NegativeInfinity;
                    var arg = 0;
                    for (var k = 0; k < previousCount; k++)
                    {
                        var s = previousScores[k] + transitions[(previousLabels[k] * labels) + fixedLabel];
                        if (s > score)
                        {
                            score = s;
                            arg = k;
                        }
                    }

                    score += emissions.Sum(sequence.At(t), fixedLabel);

                    currentLabels[0] = fixedLabel;
                    currentBack[0] = arg;
                    currentScores[0] = score;
                    count = 1;
                }
                else
                {
                    emissions.Emit(sequence.At(t), row);
                    count = Expand(row, labels, transitions, previousScores[..previousCount], previousLabels, best, bestArgs, currentScores, currentLabels, currentBack);
                }

                currentScores[..count].CopyTo(previousScores);
                previousLabels = currentLabels[..count];
                previousCount = count;
            }

            // Survivors are sorted best first; follow the back pointers from the best one.
            var hypothesis = 0;
            for (var t = n - 1; t >= 0; t--)
            {
                output[t] = hypothesisLabels[(t * beam) + hypothesis];
                hypothesis = hypothesisBack[(t * beam) + hypothesis];
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(hypothesisBuffer);
            ArrayPool<float>.Shared.Return(floatBuffer);
        }
    }

    /// <summary>
    /// One free position of the beam search: adds to <paramref name="row"/> (the emission scores) each label's best
    /// path score from the surviving hypotheses, and keeps the <c>currentScores.Length</c> best labels, sorted, with
    /// their back pointers. Returns how many survive.
    /// </summary>
    private static int Expand(Span<float> row, int labels, ReadOnlySpan<float> transitions, ReadOnlySpan<float> previousScores, ReadOnlySpan<int> previousLabels, Span<float> best, Span<int> bestArgs, Span<float> currentScores, Span<int> currentLabels, Span<int> currentBack)
    {
        var width = Vector<float>.Count;
        var vectorEnd = Vector.IsHardwareAccelerated ? labels - (labels % width) : 0;
        var rowVectors = MemoryMarshal.Cast<float, Vector<float>>(row[..vectorEnd]);
        var single = previousScores.Length == 1;
        if (single)
        {
            // After a dictionary-tagged word (most positions) there is one hypothesis: every label's best path is
            // that one, so the scan for the best predecessor is skipped. Sums are the same as the general case's.
            var from = previousScores[0];
            var transition = transitions.Slice(previousLabels[0] * labels, labels);
            var fromVector = new Vector<float>(from);
            var transitionVectors = MemoryMarshal.Cast<float, Vector<float>>(transition[..vectorEnd]);
            for (var v = 0; v < rowVectors.Length; v++)
            {
                rowVectors[v] += fromVector + transitionVectors[v];
            }

            for (var y = vectorEnd; y < labels; y++)
            {
                row[y] += from + transition[y];
            }
        }
        else
        {
            BestOfHypotheses(labels, transitions, previousScores, previousLabels, best, bestArgs);
            var bestVectors = MemoryMarshal.Cast<float, Vector<float>>(best[..vectorEnd]);
            for (var v = 0; v < rowVectors.Length; v++)
            {
                rowVectors[v] += bestVectors[v];
            }

            for (var y = vectorEnd; y < labels; y++)
            {
                row[y] += best[y];
            }
        }

        var beam = currentScores.Length;
        var count = 0;
        var floor = float.NegativeInfinity;
        for (var y = 0; y < labels; y++)
        {
            var s = row[y];
            if (count == beam && !(s > floor))
            {
                continue;
            }

            // Insert into the sorted survivors, dropping the worst when full.
            var i = count < beam ? count++ : beam - 1;
            while (i > 0 && s > currentScores[i - 1])
            {
                currentScores[i] = currentScores[i - 1];
                currentLabels[i] = currentLabels[i - 1];
                currentBack[i] = currentBack[i - 1];
                i--;
            }

            currentScores[i] = s;
            currentLabels[i] = y;
            currentBack[i] = single ? 0 : bestArgs[y];
            floor = currentScores[beam - 1];
        }

        return count;
    }

    // For every label, the best of the surviving hypotheses to come from and its path score.
    private static void BestOfHypotheses(int labels, ReadOnlySpan<float> transitions, ReadOnlySpan<float> previousScores, ReadOnlySpan<int> previousLabels, Span<float> best, Span<int> bestArgs)
    {
        var width = Vector<float>.Count;
        var vectorEnd = Vector.IsHardwareAccelerated ? labels - (labels % width) : 0;
        best.Fill(float.NegativeInfinity);
        bestArgs.Clear();
        var bestVectors = MemoryMarshal.Cast<float, Vector<float>>(best[..vectorEnd]);
        var argVectors = MemoryMarshal.Cast<int, Vector<int>>(bestArgs[..vectorEnd]);
        for (var k = 0; k < previousScores.Length; k++)
        {
            var from = previousScores[k];
            var transition = transitions.Slice(previousLabels[k] * labels, labels);
            var fromVector = new Vector<float>(from);
            var kVector = new Vector<int>(k);
            var transitionVectors = MemoryMarshal.Cast<float, Vector<float>>(transition[..vectorEnd]);
            for (var v = 0; v < bestVectors.Length; v++)
            {
                var s = fromVector + transitionVectors[v];
                var better = Vector.GreaterThan(s, bestVectors[v]);
                bestVectors[v] = Vector.ConditionalSelect(better, s, bestVectors[v]);
                argVectors[v] = Vector.ConditionalSelect(better, kVector, argVectors[v]);
            }

            for (var y = vectorEnd; y < labels; y++)
            {
                var s = from + transition[y];
                if (s > best[y])
                {
                    best[y] = s;
                    bestArgs[y] = k;
                }
            }
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

    private static void DecodeFixed(float emission, ReadOnlySpan<float> transitions, int labels, int t, int label, int previousFixed, Span<float> scores, Span<int> back)
    {
        var row = scores.Slice(t * labels, labels);
        row.Fill(float.NegativeInfinity);
        var score = emission;

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
