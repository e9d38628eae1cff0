using System.Numerics;
using System.Runtime.InteropServices;
using Backchannel.Learning;

namespace Backchannel.Entities;

/// <summary>
/// Viterbi over BILOU labels with precomputed emission rows, allowing well-formed paths only: I-X and L-X follow
/// B-X or I-X; O, B-X and U-X follow O, L-* or U-*; a sequence neither starts with I/L nor ends with B/I. Besides
/// guaranteeing clean spans this roughly halves the paths. Forbidden moves get a transition weight of minus infinity,
/// so the search over predecessors runs over all labels in SIMD vectors with no branches on the label structure.
/// With the usual label layout <see cref="GroupedBilouDecoder"/> does the same search over the allowed moves only.
/// </summary>
internal sealed class BilouDecoder
{
    private readonly float[] _transitions;
    private readonly bool[] _canEnd;
    private readonly GroupedBilouDecoder? _grouped;

    public BilouDecoder(SequenceModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        Labels = model.Labels.Length;
        _transitions = model.Transitions.ToArray();
        var labels = model.Labels;
        _canEnd = new bool[labels.Length];
        for (var y = 0; y < labels.Length; y++)
        {
            var continues = labels[y].StartsWith("I-", StringComparison.Ordinal) || labels[y].StartsWith("L-", StringComparison.Ordinal);
            _canEnd[y] = !labels[y].StartsWith("B-", StringComparison.Ordinal) && !labels[y].StartsWith("I-", StringComparison.Ordinal);
            if (continues)
            {
                // Nothing starts inside an entity (row Labels is the start row).
                _transitions[(labels.Length * labels.Length) + y] = float.NegativeInfinity;
            }

            for (var p = 0; p < labels.Length; p++)
            {
                var allowed = continues
                    ? (labels[p] == "B-" + labels[y][2..] || labels[p] == "I-" + labels[y][2..])
                    : labels[p] == "O" || labels[p].StartsWith("L-", StringComparison.Ordinal) || labels[p].StartsWith("U-", StringComparison.Ordinal);
                if (!allowed)
                {
                    _transitions[(p * labels.Length) + y] = float.NegativeInfinity;
                }
            }
        }

        _grouped = GroupedBilouDecoder.TryCreate(labels, _transitions, _canEnd);
    }

    public int Labels { get; }

    /// <summary>Decodes <paramref name="output"/>.Length positions whose emission rows are <paramref name="emissions"/>.</summary>
    public void Decode(ReadOnlySpan<float> emissions, Span<int> back, Span<int> output)
    {
        if (_grouped is not null)
        {
            _grouped.Decode(emissions, back, output);
            return;
        }

        var n = output.Length;
        var labels = Labels;
        if (n == 0)
        {
            return;
        }

        var transitions = _transitions.AsSpan();
        Span<float> previous = stackalloc float[labels];
        Span<float> best = stackalloc float[labels];
        Span<int> args = stackalloc int[labels];
        var width = Vector<float>.Count;
        var vectorEnd = Vector.IsHardwareAccelerated ? labels - (labels % width) : 0;
        var start = transitions.Slice(labels * labels, labels);
        for (var y = 0; y < labels; y++)
        {
            previous[y] = emissions[y] + start[y];
        }

        for (var t = 1; t < n; t++)
        {
            best.Fill(float.NegativeInfinity);
            args.Clear();
            var bestVectors = MemoryMarshal.Cast<float, Vector<float>>(best[..vectorEnd]);
            var argVectors = MemoryMarshal.Cast<int, Vector<int>>(args[..vectorEnd]);
            for (var p = 0; p < labels; p++)
            {
                var from = previous[p];
                var row = transitions.Slice(p * labels, labels);
                var fromVector = new Vector<float>(from);
                var pVector = new Vector<int>(p);
                var rowVectors = MemoryMarshal.Cast<float, Vector<float>>(row[..vectorEnd]);
                for (var v = 0; v < bestVectors.Length; v++)
                {
                    var s = fromVector + rowVectors[v];
                    var better = Vector.GreaterThan(s, bestVectors[v]);
                    bestVectors[v] = Vector.ConditionalSelect(better, s, bestVectors[v]);
                    argVectors[v] = Vector.ConditionalSelect(better, pVector, argVectors[v]);
                }

                for (var y = vectorEnd; y < labels; y++)
                {
                    var s = from + row[y];
                    if (s > best[y])
                    {
                        best[y] = s;
                        args[y] = p;
                    }
                }
            }

            var emission = emissions.Slice(t * labels, labels);
            var backRow = back.Slice(t * labels, labels);
            for (var y = 0; y < labels; y++)
            {
                previous[y] = best[y] + emission[y];
            }

            args.CopyTo(backRow);
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
}
