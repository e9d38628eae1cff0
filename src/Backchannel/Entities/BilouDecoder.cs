using Backchannel.Learning;

namespace Backchannel.Entities;

/// <summary>
/// Viterbi over BILOU labels with precomputed emission rows, allowing well-formed paths only: I-X and L-X follow
/// B-X or I-X; O, B-X and U-X follow O, L-* or U-*; a sequence neither starts with I/L nor ends with B/I. Besides
/// guaranteeing clean spans this cuts the inner loop from 17 predecessors to 2 or 9.
/// </summary>
internal sealed class BilouDecoder
{
    private readonly float[] _transitions;
    private readonly int[] _predecessors;
    private readonly int[] _predecessorEnds;
    private readonly bool[] _canStart;
    private readonly bool[] _canEnd;

    public BilouDecoder(SequenceModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        Labels = model.Labels.Length;
        _transitions = model.Transitions.ToArray();
        var predecessors = new List<int>();
        var labels = model.Labels;
        _predecessorEnds = new int[labels.Length];
        _canStart = new bool[labels.Length];
        _canEnd = new bool[labels.Length];
        for (var y = 0; y < labels.Length; y++)
        {
            var continues = labels[y].StartsWith("I-", StringComparison.Ordinal) || labels[y].StartsWith("L-", StringComparison.Ordinal);
            _canStart[y] = !continues;
            _canEnd[y] = !labels[y].StartsWith("B-", StringComparison.Ordinal) && !labels[y].StartsWith("I-", StringComparison.Ordinal);
            for (var p = 0; p < labels.Length; p++)
            {
                var allowed = continues
                    ? (labels[p] == "B-" + labels[y][2..] || labels[p] == "I-" + labels[y][2..])
                    : labels[p] == "O" || labels[p].StartsWith("L-", StringComparison.Ordinal) || labels[p].StartsWith("U-", StringComparison.Ordinal);
                if (allowed)
                {
                    predecessors.Add(p);
                }
            }

            _predecessorEnds[y] = predecessors.Count;
        }

        _predecessors = [.. predecessors];
    }

    public int Labels { get; }

    /// <summary>Decodes <paramref name="output"/>.Length positions whose emission rows are <paramref name="emissions"/>.</summary>
    public void Decode(ReadOnlySpan<float> emissions, Span<int> back, Span<int> output)
    {
        var n = output.Length;
        var labels = Labels;
        if (n == 0)
        {
            return;
        }

        var transitions = _transitions.AsSpan();
        Span<float> previous = stackalloc float[labels];
        Span<float> current = stackalloc float[labels];
        for (var t = 0; t < n; t++)
        {
            var emission = emissions.Slice(t * labels, labels);
            if (t == 0)
            {
                for (var y = 0; y < labels; y++)
                {
                    previous[y] = _canStart[y] ? emission[y] + transitions[(labels * labels) + y] : float.NegativeInfinity;
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
                    var s = previous[p] + transitions[(p * labels) + y];
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
}
