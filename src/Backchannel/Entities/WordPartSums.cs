using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Backchannel.Learning;
using Backchannel.Text;

namespace Backchannel.Entities;

/// <summary>
/// A per-thread cache of the summed weights of each word type's <see cref="WordParts"/>, so a frequent word's 20-odd
/// word-only features are extracted and looked up once, not at every occurrence and again in every neighbour's row.
/// Sums are exact 16-bit integers per label lane (both stages side by side), so scores are bit-identical to summing
/// every feature. Direct-mapped: a new word simply replaces the one in its slot. A word is identified by its
/// digit-folded form's 64-bit hash with its cluster index and length, which together fix every word-only feature
/// (two word types sharing all three would need a 64-bit hash collision).
/// </summary>
internal sealed class WordPartSums
{
    // 8,192 words × 5 parts × 2 stages × 32 bytes: 2.6 MB per thread. On news text 13% of lookups miss (2,048 words:
    // 25%, 16,384: 10%); a miss costs a full extraction, a hit ten vector additions.
    private const int Bits = 13;
    private const int Stride = WordParts.Count * 2;
    private readonly ulong[] _keys = new ulong[1 << Bits];
    private readonly long[] _checks = new long[1 << Bits];
    private readonly Vector256<short>[] _sums = new Vector256<short>[(1 << Bits) * Stride];
    private readonly Vector256<short>[] _outside = new Vector256<short>[Stride];
    private readonly FeatureSequence _parts = new(WordParts.Count, 16);
    private readonly EntityFeatureExtractor _extractor;
    private readonly QuantizedEmissions _emissions;

    public WordPartSums(EntityFeatureExtractor extractor, QuantizedEmissions emissions)
    {
        _extractor = extractor;
        _emissions = emissions;
        _extractor.ExtractOutsideParts(_parts);
        Sum(_outside);
    }

    /// <summary>
    /// Adds to <paramref name="rows"/> (two vectors per token of the sentence, first stage then second) the word
    /// parts of every token of the sentence from <paramref name="from"/> to <paramref name="to"/>, and the parts
    /// that positions outside it contribute.
    /// </summary>
    public void AddSentence(TokenFacts facts, ReadOnlySpan<Token> tokens, int from, int to, Span<Vector256<short>> rows)
    {
        var n = to - from;
        rows[..(2 * n)].Clear();
        ref var row = ref MemoryMarshal.GetReference(rows);
        for (var j = 0; j < n; j++)
        {
            // Part p of word j belongs to row j - Offset(p): its own row, then the rows two and one after it (where
            // it is the word two or one before) and one and two before it.
            ref var sums = ref MemoryMarshal.GetReference(Of(facts, tokens, from + j));
            Add(ref row, j, ref sums, 0);
            if (j + 2 < n)
            {
                Add(ref row, j + 2, ref sums, 1);
            }

            if (j + 1 < n)
            {
                Add(ref row, j + 1, ref sums, 2);
            }

            if (j >= 1)
            {
                Add(ref row, j - 1, ref sums, 3);
            }

            if (j >= 2)
            {
                Add(ref row, j - 2, ref sums, 4);
            }
        }

        // Only the first two and last two rows have neighbours outside the sentence.
        ref var outside = ref MemoryMarshal.GetArrayDataReference(_outside);
        for (var i = 0; i < n; i = i == 1 && n > 4 ? n - 2 : i + 1)
        {
            for (var part = 1; part < WordParts.Count; part++)
            {
                if ((uint)(i + WordParts.Offset(part)) >= (uint)n)
                {
                    Add(ref row, i, ref outside, part);
                }
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Add(ref Vector256<short> rows, int row, ref Vector256<short> sums, int part)
    {
        Unsafe.Add(ref rows, 2 * row) += Unsafe.Add(ref sums, 2 * part);
        Unsafe.Add(ref rows, (2 * row) + 1) += Unsafe.Add(ref sums, (2 * part) + 1);
    }

    private ReadOnlySpan<Vector256<short>> Of(TokenFacts facts, ReadOnlySpan<Token> tokens, int i)
    {
        var key = facts.Exact[i];
        var check = ((long)facts.Cluster[i] << 32) | (uint)tokens[i].Length;
        var slot = (int)((key * 0x9E37_79B9_7F4A_7C15UL) >> (64 - Bits));
        var sums = _sums.AsSpan(slot * Stride, Stride);
        if (_keys[slot] != key || _checks[slot] != check)
        {
            _extractor.ExtractWordParts(i, _parts);
            Sum(sums);
            _keys[slot] = key;
            _checks[slot] = check;
        }

        return sums;
    }

    private void Sum(Span<Vector256<short>> into)
    {
        for (var part = 0; part < WordParts.Count; part++)
        {
            _emissions.SumShort(_parts.At(part), out into[2 * part], out into[(2 * part) + 1]);
        }
    }
}
