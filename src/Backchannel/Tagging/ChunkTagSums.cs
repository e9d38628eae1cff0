using System.Runtime.Intrinsics;
using Backchannel.Learning;

namespace Backchannel.Tagging;

/// <summary>
/// A per-thread cache of the chunker's tag features, summed per tag trigram. A token's twelve tag features (tags, tag
/// pairs and tag triples within two either side) fall into three groups that each read three consecutive tags: the
/// centre (tags −1, 0, +1: six features), the left (−2, −1, 0: three) and the right (0, +1, +2: three). So the
/// trigram around token k fixes token k's centre group, token k + 1's left group and token k − 1's right group: one
/// cached entry of three parts per trigram, one lookup per token instead of twelve hashes and row reads, and
/// part-of-speech trigrams are few. Integer sums, so the parts add up exactly to the row of all twelve features.
/// Direct-mapped; a trigram is identified by the 64-bit hashes of its three tags.
/// </summary>
internal sealed class ChunkTagSums
{
    /// <summary>Parts per trigram: token k's centre group, token k + 1's left group, token k − 1's right group.</summary>
    public const int Parts = 3;

    // 8,192 trigrams × (3 parts × 64 bytes + key): 1.6 MB per thread.
    private const int Bits = 13;
    private const int Stride = Parts * 2;

    private readonly Entry[] _entries = new Entry[1 << Bits];
    private readonly Vector256<short>[] _sums = new Vector256<short>[(1 << Bits) * Stride];
    private PackedEmissions? _table;
    private int _bits;

    /// <summary>The hash a tag is known by here.</summary>
    public static ulong Hash(ReadOnlySpan<char> tag) => FeatureHash.Start(tag);

    /// <summary>The offset from a trigram's middle token to the token that part <paramref name="part"/> belongs to.</summary>
    public static int Offset(int part) => part switch { 0 => 0, 1 => 1, _ => -1 };

    /// <summary>Empties the cache when <paramref name="table"/> is not the one its sums were made from.</summary>
    public void Use(PackedEmissions table, int bits)
    {
        if (ReferenceEquals(table, _table) && bits == _bits)
        {
            return;
        }

        _table = table;
        _bits = bits;
        Array.Clear(_entries);
    }

    /// <summary>
    /// The <see cref="Parts"/> × 2 vectors of the trigram around token <paramref name="k"/> (from −1 to the
    /// sentence's length), filled on a miss; <paramref name="hashes"/>[j + 2] is the <see cref="Hash"/> of
    /// <see cref="ChunkFeatures.Tag"/>(<paramref name="tags"/>, j) for j from −2 to the sentence's length + 1.
    /// </summary>
    public ReadOnlySpan<Vector256<short>> Sums(ReadOnlySpan<string> tags, ReadOnlySpan<ulong> hashes, int k)
    {
        var key = ((((hashes[k + 1] * 0x9E37_79B9_7F4A_7C15UL) ^ hashes[k + 2]) * 0x9E37_79B9_7F4A_7C15UL) ^ hashes[k + 3]) | 1;
        var slot = (int)((key * 0xC2B2_AE3D_27D4_EB4FUL) >> (64 - Bits));
        var sums = _sums.AsSpan(slot * Stride, Stride);
        ref var entry = ref _entries[slot];
        if (entry.Key != key)
        {
            Fill(sums, ChunkFeatures.Tag(tags, k - 1), ChunkFeatures.Tag(tags, k), ChunkFeatures.Tag(tags, k + 1));
            entry.Key = key;
        }

        return sums;
    }

    private void Fill(Span<Vector256<short>> sums, ReadOnlySpan<char> a, ReadOnlySpan<char> b, ReadOnlySpan<char> c)
    {
        var table = _table!;
        var bits = _bits;
        sums.Clear();

        // Part 0, the middle token's centre group: a, b, c are its tags −1, 0, +1.
        table.AddPair(ChunkFeatures.TagBucket(-1, a, bits), ref sums[0], ref sums[1]);
        table.AddPair(ChunkFeatures.TagBucket(0, b, bits), ref sums[0], ref sums[1]);
        table.AddPair(ChunkFeatures.TagBucket(1, c, bits), ref sums[0], ref sums[1]);
        table.AddPair(ChunkFeatures.TagPairBucket(-1, a, b, bits), ref sums[0], ref sums[1]);
        table.AddPair(ChunkFeatures.TagPairBucket(0, b, c, bits), ref sums[0], ref sums[1]);
        table.AddPair(ChunkFeatures.TagTripleBucket(-1, a, b, c, bits), ref sums[0], ref sums[1]);

        // Part 1, the next token's left group: a, b, c are its tags −2, −1, 0.
        table.AddPair(ChunkFeatures.TagBucket(-2, a, bits), ref sums[2], ref sums[3]);
        table.AddPair(ChunkFeatures.TagPairBucket(-2, a, b, bits), ref sums[2], ref sums[3]);
        table.AddPair(ChunkFeatures.TagTripleBucket(-2, a, b, c, bits), ref sums[2], ref sums[3]);

        // Part 2, the previous token's right group: a, b, c are its tags 0, +1, +2.
        table.AddPair(ChunkFeatures.TagBucket(2, c, bits), ref sums[4], ref sums[5]);
        table.AddPair(ChunkFeatures.TagPairBucket(1, b, c, bits), ref sums[4], ref sums[5]);
        table.AddPair(ChunkFeatures.TagTripleBucket(0, a, b, c, bits), ref sums[4], ref sums[5]);
    }

    // The key is never 0 (its lowest bit is set), so a zeroed entry is empty.
    private struct Entry
    {
        public ulong Key;
    }
}
