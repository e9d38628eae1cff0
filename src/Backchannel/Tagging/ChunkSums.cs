using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Backchannel.Learning;

namespace Backchannel.Tagging;

/// <summary>
/// The chunker's emission scores for one sentence over its 8-bit table (<see cref="PackedEmissions"/>), from cached
/// sums instead of 21 random row reads per token: per word type the word-only features (<see cref="ChunkWordSums"/>),
/// per tag trigram the tag features (<see cref="ChunkTagSums"/>), and only the two word-and-tag features read from
/// the table. Every token gets exactly the integer sum of the buckets <see cref="ChunkFeatures.Extract"/> gives it
/// (a test compares them), so this is decoding over the 8-bit weights with the features grouped differently.
/// Per thread; not thread-safe.
/// </summary>
internal sealed class ChunkSums
{
    private readonly ChunkWordSums _words = new();
    private readonly ChunkTagSums _tags = new();
    private int[] _slots = new int[64];
    private ulong[] _tagHashes = new ulong[68];
    private Vector256<short>[] _rows = new Vector256<short>[128];

    /// <summary>
    /// Writes every token's score for every label into <paramref name="scores"/> (<c>[token * stride + label]</c>,
    /// padding lanes 0). Only for a table with <see cref="PackedEmissions.SumsPairs"/>; <paramref name="stride"/> is
    /// at least its labels and at most 32.
    /// </summary>
    public void Score(WordForms forms, ReadOnlySpan<string> tags, PackedEmissions table, int bits, Span<float> scores, int stride)
    {
        var n = forms.Count;
        if (stride < table.Labels || stride > 32 || scores.Length < n * stride)
        {
            throw new ArgumentException("Rows must hold every label and at most 32 lanes.", nameof(stride));
        }

        _words.Use(table, bits);
        _tags.Use(table, bits);
        Grow(n);
        var rows = _rows.AsSpan(0, 2 * n);
        rows.Clear();
        AddWords(forms, rows);
        var hashes = _tagHashes.AsSpan(0, n + 4);
        for (var k = -2; k < n + 2; k++)
        {
            hashes[k + 2] = ChunkTagSums.Hash(ChunkFeatures.Tag(tags, k));
        }

        // The trigrams around tokens −1 and n give token 0 its left group and token n − 1 its right group.
        for (var k = -1; k <= n; k++)
        {
            var sums = _tags.Sums(tags, hashes, k);
            for (var part = 0; part < ChunkTagSums.Parts; part++)
            {
                var target = k + ChunkTagSums.Offset(part);
                if ((uint)target < (uint)n)
                {
                    rows[2 * target] += sums[2 * part];
                    rows[(2 * target) + 1] += sums[(2 * part) + 1];
                }
            }
        }

        for (var i = 0; i < n; i++)
        {
            ref var low = ref rows[2 * i];
            ref var high = ref rows[(2 * i) + 1];
            var word = _words.WordTag(_slots[i]);
            table.AddPair(ChunkFeatures.WordTagBucket(word, ChunkFeatures.Tag(tags, i), bits), ref low, ref high);
            table.AddPair(ChunkFeatures.WordPreviousTagBucket(word, ChunkFeatures.Tag(tags, i - 1), bits), ref low, ref high);
        }

        var scale = Vector256.Create(table.Scale);
        Span<float> spare = stackalloc float[32];
        for (var i = 0; i < n; i++)
        {
            // The chunker's 20 labels in rows of 24 (three AVX vectors) are written in place; other widths by a copy.
            var row = scores.Slice(i * stride, stride);
            var target = stride == 24 ? row : spare;
            ref var start = ref MemoryMarshal.GetReference(target);
            var (a, b) = Vector256.Widen(rows[2 * i]);
            var (c, d) = Vector256.Widen(rows[(2 * i) + 1]);
            (Vector256.ConvertToSingle(a) * scale).StoreUnsafe(ref start);
            (Vector256.ConvertToSingle(b) * scale).StoreUnsafe(ref start, 8);
            (Vector256.ConvertToSingle(c) * scale).StoreUnsafe(ref start, 16);
            if (stride != 24)
            {
                (Vector256.ConvertToSingle(d) * scale).StoreUnsafe(ref start, 24);
                spare[..stride].CopyTo(row);
            }
        }
    }

    // Each word adds its parts to its own row and to the rows of the tokens up to two either side of it; a row whose
    // neighbour lies outside the sentence adds the boundary word's part instead.
    private void AddWords(WordForms forms, Span<Vector256<short>> rows)
    {
        var n = forms.Count;
        for (var j = 0; j < n; j++)
        {
            var slot = _words.Slot(forms, j);
            _slots[j] = slot;
            var sums = _words.Sums(slot);
            for (var part = 0; part < ChunkWordSums.Parts; part++)
            {
                var target = j + ChunkWordSums.Offset(part);
                if ((uint)target < (uint)n)
                {
                    rows[2 * target] += sums[2 * part];
                    rows[(2 * target) + 1] += sums[(2 * part) + 1];
                }
            }
        }

        // Only the first two and last two rows have neighbours outside the sentence.
        for (var i = 0; i < n; i = i == 1 && n > 4 ? n - 2 : i + 1)
        {
            for (var part = 1; part < ChunkWordSums.Parts; part++)
            {
                // Part p's token reads the word at -Offset(p) from it.
                if ((uint)(i - ChunkWordSums.Offset(part)) >= (uint)n)
                {
                    var outside = _words.Outside(part);
                    rows[2 * i] += outside[0];
                    rows[(2 * i) + 1] += outside[1];
                }
            }
        }
    }

    private void Grow(int n)
    {
        if (_slots.Length < n)
        {
            _slots = new int[n * 2];
            _tagHashes = new ulong[(n * 2) + 4];
            _rows = new Vector256<short>[n * 4];
        }
    }
}
