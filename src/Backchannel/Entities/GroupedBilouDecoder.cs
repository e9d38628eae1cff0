using System.Runtime.Intrinsics;

namespace Backchannel.Entities;

/// <summary>
/// The BILOU Viterbi of <see cref="BilouDecoder"/> for the usual label layout (<c>O</c>, then B, I, L, U of each of
/// four types) that visits only the allowed moves: O, B-X and U-X are reached from O, L-* and U-* (9 × 9 moves), I-X
/// and L-X from B-X and I-X (8 × 2), instead of all 17 × 17 with the forbidden ones at minus infinity. Scores are
/// kept grouped by role (B of every type, then I, L, U, then O) so each step is a handful of 4- and 8-lane vector
/// operations. Predecessors are tried in label order with a strict comparison, as the full search does, so ties and
/// every score come out bit for bit the same.
/// </summary>
internal sealed class GroupedBilouDecoder
{
    private const int Types = 4;
    private const int Labels = 1 + (4 * Types);

    // Role slots: B of types 0..3 at 0..3, I at 4..7, L at 8..11, U at 12..15, O at 16.
    private const int SlotO = 16;

    // The 9 predecessors of O, B-X and U-X in label order (O, L-0, U-0, L-1, ...), as labels and as slots.
    private readonly int[] _openFrom = new int[1 + (2 * Types)];
    private readonly int[] _openFromSlot = new int[1 + (2 * Types)];

    // Per open predecessor: its transitions to B-0..3, U-0..3 (8 lanes) and to O.
    private readonly float[] _toOpen = new float[(1 + (2 * Types)) * 8];
    private readonly float[] _toO = new float[1 + (2 * Types)];

    // From B-X (row 0) and from I-X (row 1): transitions to I-0..3, L-0..3 of the same type.
    private readonly float[] _toInside = new float[2 * 8];
    private readonly float[] _start = new float[Labels];
    private readonly bool[] _canEnd;
    private readonly int[] _slotOf = new int[Labels];

    private GroupedBilouDecoder(float[] transitions, bool[] canEnd)
    {
        _canEnd = canEnd;
        for (var y = 1; y < Labels; y++)
        {
            _slotOf[y] = ((y - 1) % 4 * Types) + ((y - 1) / 4);
        }

        _slotOf[0] = SlotO;
        Array.Copy(transitions, Labels * Labels, _start, 0, Labels);
        _openFrom[0] = 0;
        for (var k = 0; k < Types; k++)
        {
            _openFrom[1 + (2 * k)] = Label(k, 2);
            _openFrom[2 + (2 * k)] = Label(k, 3);
        }

        for (var q = 0; q < _openFrom.Length; q++)
        {
            var p = _openFrom[q];
            _openFromSlot[q] = _slotOf[p];
            _toO[q] = transitions[p * Labels];
            for (var k = 0; k < Types; k++)
            {
                _toOpen[(q * 8) + k] = transitions[(p * Labels) + Label(k, 0)];
                _toOpen[(q * 8) + Types + k] = transitions[(p * Labels) + Label(k, 3)];
            }
        }

        for (var k = 0; k < Types; k++)
        {
            _toInside[k] = transitions[(Label(k, 0) * Labels) + Label(k, 1)];
            _toInside[Types + k] = transitions[(Label(k, 0) * Labels) + Label(k, 2)];
            _toInside[8 + k] = transitions[(Label(k, 1) * Labels) + Label(k, 1)];
            _toInside[8 + Types + k] = transitions[(Label(k, 1) * Labels) + Label(k, 2)];
        }
    }

    /// <summary>A decoder for these labels, or null when they are not O followed by B, I, L, U of four types.</summary>
    public static GroupedBilouDecoder? TryCreate(IReadOnlyList<string> labels, float[] transitions, bool[] canEnd)
    {
        if (labels.Count != Labels || labels[0] != "O" || !Vector256.IsHardwareAccelerated)
        {
            return null;
        }

        for (var k = 0; k < Types; k++)
        {
            var type = labels[Label(k, 0)].Length > 2 ? labels[Label(k, 0)][2..] : "";
            for (var role = 0; role < 4; role++)
            {
                if (labels[Label(k, role)] != "BILU"[role] + "-" + type)
                {
                    return null;
                }
            }
        }

        return new GroupedBilouDecoder(transitions, canEnd);
    }

    /// <summary>Same contract as <see cref="BilouDecoder.Decode"/>; <paramref name="back"/> holds slots, not labels, per position.</summary>
    public void Decode(ReadOnlySpan<float> emissions, Span<int> back, Span<int> output)
    {
        var n = output.Length;
        if (n == 0)
        {
            return;
        }

        Span<float> previous = stackalloc float[Labels];
        for (var y = 0; y < Labels; y++)
        {
            previous[_slotOf[y]] = emissions[y] + _start[y];
        }

        var toOpen = _toOpen.AsSpan();
        var toO = _toO.AsSpan();
        var fromSlot = _openFromSlot.AsSpan();
        var fromLabel = _openFrom.AsSpan();
        var insideFromB = Vector256.Create<float>(_toInside.AsSpan(0, 8));
        var insideFromI = Vector256.Create<float>(_toInside.AsSpan(8, 8));
        var labelsB = Vector256.Create(1, 5, 9, 13, 1, 5, 9, 13);
        var labelsI = Vector256.Create(2, 6, 10, 14, 2, 6, 10, 14);
        for (var t = 1; t < n; t++)
        {
            // O, B-X, U-X from O, L-*, U-*.
            var bestOpen = Vector256.Create(float.NegativeInfinity);
            var argOpen = Vector256<int>.Zero;
            var bestO = float.NegativeInfinity;
            var argO = 0;
            for (var q = 0; q < fromSlot.Length; q++)
            {
                var from = previous[fromSlot[q]];
                var s = Vector256.Create(from) + Vector256.Create<float>(toOpen.Slice(q * 8, 8));
                var better = Vector256.GreaterThan(s, bestOpen);
                bestOpen = Vector256.ConditionalSelect(better, s, bestOpen);
                argOpen = Vector256.ConditionalSelect(better.AsInt32(), Vector256.Create(fromLabel[q]), argOpen);
                var o = from + toO[q];
                if (o > bestO)
                {
                    bestO = o;
                    argO = fromLabel[q];
                }
            }

            // I-X, L-X from B-X, then I-X.
            var b = Vector128.Create<float>(previous[..4]);
            var i = Vector128.Create<float>(previous.Slice(4, 4));
            var fromB = Vector256.Create(b, b) + insideFromB;
            var fromI = Vector256.Create(i, i) + insideFromI;
            var negative = Vector256.Create(float.NegativeInfinity);
            var takeB = Vector256.GreaterThan(fromB, negative);
            var bestInside = Vector256.ConditionalSelect(takeB, fromB, negative);
            var argInside = Vector256.ConditionalSelect(takeB.AsInt32(), labelsB, Vector256<int>.Zero);
            var takeI = Vector256.GreaterThan(fromI, bestInside);
            bestInside = Vector256.ConditionalSelect(takeI, fromI, bestInside);
            argInside = Vector256.ConditionalSelect(takeI.AsInt32(), labelsI, argInside);

            // Emissions come in label order (O, then B I L U per type): regroup them by role.
            var e = emissions.Slice(t * Labels, Labels);
            var emitOpen = Vector256.Create(e[1], e[5], e[9], e[13], e[4], e[8], e[12], e[16]);
            var emitInside = Vector256.Create(e[2], e[6], e[10], e[14], e[3], e[7], e[11], e[15]);
            var open = bestOpen + emitOpen;
            var inside = bestInside + emitInside;
            open.GetLower().CopyTo(previous);
            inside.CopyTo(previous[4..]);
            open.GetUpper().CopyTo(previous[12..]);
            previous[SlotO] = bestO + e[0];

            var row = back.Slice(t * Labels, Labels);
            argOpen.GetLower().CopyTo(row);
            argInside.CopyTo(row[4..]);
            argOpen.GetUpper().CopyTo(row[12..]);
            row[SlotO] = argO;
        }

        var label = 0;
        for (var y = 1; y < Labels; y++)
        {
            if (_canEnd[y] && previous[_slotOf[y]] > previous[_slotOf[label]])
            {
                label = y;
            }
        }

        for (var t = n - 1; t >= 0; t--)
        {
            output[t] = label;
            label = back[(t * Labels) + _slotOf[label]];
        }
    }

    private static int Label(int type, int role) => 1 + (4 * type) + role;
}
