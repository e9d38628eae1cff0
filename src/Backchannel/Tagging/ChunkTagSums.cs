using System.Runtime.Intrinsics;
using Backchannel.Learning;

namespace Backchannel.Tagging;

/// <summary>
/// A per-thread cache of the chunker's tag features, summed per group of three tags. A token's twelve tag features
/// (tags, tag pairs and tag triples within two either side) fall into three groups that each read three consecutive
/// tags: the centre (tags −1, 0, +1: six features), the left (−2, −1, 0: three) and the right (0, +1, +2: three).
/// Part-of-speech trigrams are few, so nearly every group is one cached read instead of several hashes and row reads.
/// Integer sums, so the groups add up exactly to the row of all twelve features. Direct-mapped; a group is identified
/// by its kind and the 64-bit hashes of its three tags.
/// </summary>
internal sealed class ChunkTagSums
{
    /// <summary>Group kinds.</summary>
    public const int Centre = 0, Left = 1, Right = 2;

    // 8,192 groups × 64 bytes: 512 KB per thread.
    private const int Bits = 15;

    private readonly ulong[] _keys = new ulong[1 << Bits];
    private readonly bool[] _filled = new bool[1 << Bits];
    private readonly Vector256<short>[] _sums = new Vector256<short>[(1 << Bits) * 2];
    private PackedEmissions? _table;
    private int _bits;

    /// <summary>The hash a tag is known by here.</summary>
    public static ulong Hash(ReadOnlySpan<char> tag) => FeatureHash.Start(tag);

    /// <summary>Empties the cache when <paramref name="table"/> is not the one its sums were made from.</summary>
    public void Use(PackedEmissions table, int bits)
    {
        if (ReferenceEquals(table, _table) && bits == _bits)
        {
            return;
        }

        _table = table;
        _bits = bits;
        Array.Clear(_filled);
    }

    /// <summary>
    /// Adds group <paramref name="kind"/> of token <paramref name="i"/> to <paramref name="low"/> and
    /// <paramref name="high"/>; <paramref name="hashes"/>[k + 2] is the <see cref="Hash"/> of
    /// <see cref="ChunkFeatures.Tag"/>(<paramref name="tags"/>, k) for k from −2 to the sentence's length + 1.
    /// </summary>
    public void Add(int kind, ReadOnlySpan<string> tags, ReadOnlySpan<ulong> hashes, int i, ref Vector256<short> low, ref Vector256<short> high)
    {
        // The group's first tag is at i - 1 (centre), i - 2 (left) or i (right).
        var first = kind switch { Centre => i - 1, Left => i - 2, _ => i };
        var key = (ulong)kind + 1;
        for (var k = first; k < first + 3; k++)
        {
            key = (key * 0x9E37_79B9_7F4A_7C15UL) ^ hashes[k + 2];
        }

        var slot = (int)((key * 0xC2B2_AE3D_27D4_EB4FUL) >> (64 - Bits));
        if (_keys[slot] != key || !_filled[slot])
        {
            Fill(slot, kind, tags, first);
            _keys[slot] = key;
            _filled[slot] = true;
        }

        low += _sums[2 * slot];
        high += _sums[(2 * slot) + 1];
    }

    private void Fill(int slot, int kind, ReadOnlySpan<string> tags, int first)
    {
        var table = _table!;
        var bits = _bits;
        ref var low = ref _sums[2 * slot];
        ref var high = ref _sums[(2 * slot) + 1];
        low = default;
        high = default;
        var a = ChunkFeatures.Tag(tags, first);
        var b = ChunkFeatures.Tag(tags, first + 1);
        var c = ChunkFeatures.Tag(tags, first + 2);
        switch (kind)
        {
            case Centre:
                table.AddPair(ChunkFeatures.TagBucket(-1, a, bits), ref low, ref high);
                table.AddPair(ChunkFeatures.TagBucket(0, b, bits), ref low, ref high);
                table.AddPair(ChunkFeatures.TagBucket(1, c, bits), ref low, ref high);
                table.AddPair(ChunkFeatures.TagPairBucket(-1, a, b, bits), ref low, ref high);
                table.AddPair(ChunkFeatures.TagPairBucket(0, b, c, bits), ref low, ref high);
                table.AddPair(ChunkFeatures.TagTripleBucket(-1, a, b, c, bits), ref low, ref high);
                break;
            case Left:
                table.AddPair(ChunkFeatures.TagBucket(-2, a, bits), ref low, ref high);
                table.AddPair(ChunkFeatures.TagPairBucket(-2, a, b, bits), ref low, ref high);
                table.AddPair(ChunkFeatures.TagTripleBucket(-2, a, b, c, bits), ref low, ref high);
                break;
            default:
                table.AddPair(ChunkFeatures.TagBucket(2, c, bits), ref low, ref high);
                table.AddPair(ChunkFeatures.TagPairBucket(1, b, c, bits), ref low, ref high);
                table.AddPair(ChunkFeatures.TagTripleBucket(0, a, b, c, bits), ref low, ref high);
                break;
        }
    }
}
