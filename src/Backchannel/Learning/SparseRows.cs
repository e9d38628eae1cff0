using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Backchannel.Learning;

/// <summary>
/// Maps the <c>2^bits</c> buckets of a hashed model onto the rows of a compact table that holds only the buckets with
/// a non-zero weight: a trained hashed model is mostly empty buckets (about 7% of the entity model's are used), and a
/// table of only the used rows is small enough to stay in the caches. The map is a bitmap of used buckets with a
/// running count every 64 buckets (rank), interleaved so one lookup reads one 16-byte pair: the whole map is
/// <c>2^bits / 4</c> bytes (256 KB for 2^20 buckets). Every empty bucket maps to row 0, which callers keep all zero,
/// so a lookup has no branch and an unseen feature costs one read of a row that stays in L1. A small struct, so a hot
/// loop can copy it to a local and keep both fields in registers.
/// </summary>
internal readonly struct SparseRows
{
    // Pairs of (bitmap word, rows before that word); the row of used bucket b is 1 + its rank among used buckets.
    private readonly ulong[] _blocks;
    private readonly int _mask;

    /// <summary>Builds the map for <c>used.Length</c> buckets (a power of two), keeping those marked used.</summary>
    // Load-time loop run once per process: compiled fully optimised at once, not left in tier-0 code (issue 17).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public SparseRows(ReadOnlySpan<bool> used)
    {
        var buckets = used.Length;
        if (!BitOperations.IsPow2(buckets))
        {
            throw new ArgumentException("The bucket count must be a power of two.", nameof(used));
        }

        _mask = buckets - 1;
        _blocks = new ulong[Math.Max(1, buckets / 64) * 2];
        var rows = 1;
        for (var word = 0; word * 64 < buckets; word++)
        {
            var present = 0UL;
            for (var bit = 0; bit < 64 && (word * 64) + bit < buckets; bit++)
            {
                if (used[(word * 64) + bit])
                {
                    present |= 1UL << bit;
                }
            }

            _blocks[2 * word] = present;
            _blocks[(2 * word) + 1] = (ulong)rows;
            rows += BitOperations.PopCount(present);
        }

        Rows = rows;
    }

    /// <summary>Rows of the compact table, counting the shared empty row 0.</summary>
    public int Rows { get; }

    /// <summary>Buckets the map covers (<c>2^bits</c>).</summary>
    public int Buckets => _mask + 1;

    /// <summary>The compact row of a bucket: 0 when the bucket holds no weight.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Row(int bucket)
    {
        bucket &= _mask;
        ref var pair = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_blocks), (bucket >> 6) * 2);
        var bit = bucket & 63;
        var word = pair;
        var rank = (int)Unsafe.Add(ref pair, 1) + BitOperations.PopCount(word & ((1UL << bit) - 1));
        return rank & -(int)((word >> bit) & 1);
    }
}
