using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Backchannel.Learning;

/// <summary>
/// A model's emission weights as 8-bit integers with one scale, for decoding only. Decoding is memory-bound (each
/// feature is a random row of a table far larger than the caches), so a row of 45 part-of-speech weights shrinks from
/// 180 bytes of floats to 48 bytes, padded to 16-byte multiples and aligned so that a row never straddles more cache
/// lines than it must. Sums run in 16-bit SIMD lanes. Only buckets with a non-zero packed weight get a row
/// (<see cref="SparseRows"/>): a third of the tagger's 2^18, so its table shrinks from 12 MB to 4 MB, scores unchanged.
/// </summary>
internal sealed class PackedEmissions
{
    private const int Alignment = 64;

    // 16-bit lanes hold sums of this many features safely: 256 × 127 < 2^15.
    private const int ShortRun = 256;
    private readonly sbyte[] _weights;
    private readonly int _origin;
    private readonly SparseRows _rows;

    public PackedEmissions(ReadOnlySpan<float> emissions, int labels)
    {
        Labels = labels;
        Stride = (labels + 15) / 16 * 16;
        var buckets = emissions.Length / labels;
        var max = 0f;
        foreach (var w in emissions)
        {
            max = Math.Max(max, Math.Abs(w));
        }

        Scale = max > 0 ? max / sbyte.MaxValue : 1;
        var scale = Scale;
        var used = new bool[buckets];
        for (var b = 0; b < buckets; b++)
        {
            foreach (var w in emissions.Slice(b * labels, labels))
            {
                used[b] |= Quantize(w, scale) != 0;
            }
        }

        _rows = new SparseRows(used);
        _weights = GC.AllocateArray<sbyte>((_rows.Rows * Stride) + Alignment, pinned: true);
        var handle = GCHandle.Alloc(_weights, GCHandleType.Pinned);
        var address = handle.AddrOfPinnedObject();
        handle.Free();
        _origin = (int)((Alignment - (address % Alignment)) % Alignment);
        for (var b = 0; b < buckets; b++)
        {
            var row = _rows.Row(b);
            if (row == 0)
            {
                continue;
            }

            for (var y = 0; y < labels; y++)
            {
                _weights[_origin + (row * Stride) + y] = Quantize(emissions[(b * labels) + y], scale);
            }
        }
    }

    /// <summary>
    /// The packed table of a model read from a file, over its used rows and their map: the same weights and scale as
    /// packing its dense table, without scanning every bucket. A row whose weights all round to 0 keeps its place
    /// (all zeros), which changes no sum.
    /// </summary>
    // Load-time loop run once per process: compiled fully optimised at once, not left in tier-0 code (issue 17).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public PackedEmissions(EmissionRows rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var labels = rows.Labels;
        Labels = labels;
        Stride = (labels + 15) / 16 * 16;
        var max = 0f;
        foreach (var w in rows.Weights)
        {
            max = Math.Max(max, Math.Abs(w));
        }

        Scale = max > 0 ? max / sbyte.MaxValue : 1;
        _rows = rows.Map;
        _weights = GC.AllocateArray<sbyte>((_rows.Rows * Stride) + Alignment, pinned: true);
        var handle = GCHandle.Alloc(_weights, GCHandleType.Pinned);
        var address = handle.AddrOfPinnedObject();
        handle.Free();
        _origin = (int)((Alignment - (address % Alignment)) % Alignment);
        for (var row = 1; row < rows.Rows; row++)
        {
            var weights = rows.Row(row);
            for (var y = 0; y < labels; y++)
            {
                _weights[_origin + (row * Stride) + y] = Quantize(weights[y], Scale);
            }
        }
    }

    public int Labels { get; }

    /// <summary>Row length: <see cref="Labels"/> rounded up to a multiple of 16.</summary>
    public int Stride { get; }

    public float Scale { get; }

    /// <summary>Writes the summed weights of <paramref name="features"/> for every label into <paramref name="row"/> (length ≥ <see cref="Stride"/>).</summary>
    public void Emit(ReadOnlySpan<int> features, Span<float> row)
    {
        if (Stride == 48)
        {
            Emit48(features, row);
            return;
        }

        var blocks = Stride / 16;
        Span<Vector256<int>> sums = stackalloc Vector256<int>[blocks * 2];
        sums.Clear();
        Span<Vector256<short>> runSums = stackalloc Vector256<short>[blocks];
        ref var start = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_weights), _origin);
        var rows = _rows;
        for (var run = 0; run < features.Length; run += ShortRun)
        {
            runSums.Clear();
            foreach (var f in features.Slice(run, Math.Min(ShortRun, features.Length - run)))
            {
                var offset = (nuint)(rows.Row(f) * Stride);
                for (var k = 0; k < blocks; k++)
                {
                    runSums[k] += Vector256.WidenLower(Vector128.LoadUnsafe(ref start, offset + (nuint)(k * 16)).ToVector256Unsafe());
                }
            }

            for (var k = 0; k < blocks; k++)
            {
                var (low, high) = Vector256.Widen(runSums[k]);
                sums[2 * k] += low;
                sums[(2 * k) + 1] += high;
            }
        }

        var scale = Vector256.Create(Scale);
        for (var k = 0; k < sums.Length; k++)
        {
            (Vector256.ConvertToSingle(sums[k]) * scale).CopyTo(row[(k * 8)..]);
        }
    }

    // The part-of-speech row (45 tags in 48 bytes) with every sum in a register.
    private void Emit48(ReadOnlySpan<int> features, Span<float> row)
    {
        ref var start = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_weights), _origin);
        var rows = _rows;
        Vector256<int> a = default, b = default, c = default, d = default, e = default, g = default;
        for (var run = 0; run < features.Length; run += ShortRun)
        {
            Vector256<short> low = default, middle = default, high = default;
            foreach (var f in features.Slice(run, Math.Min(ShortRun, features.Length - run)))
            {
                var offset = (nuint)(rows.Row(f) * 48);
                var (l, m) = Vector256.Widen(Vector256.LoadUnsafe(ref start, offset));
                low += l;
                middle += m;
                high += Vector256.WidenLower(Vector128.LoadUnsafe(ref start, offset + 32).ToVector256Unsafe());
            }

            var (a1, b1) = Vector256.Widen(low);
            var (c1, d1) = Vector256.Widen(middle);
            var (e1, g1) = Vector256.Widen(high);
            a += a1;
            b += b1;
            c += c1;
            d += d1;
            e += e1;
            g += g1;
        }

        var scale = Vector256.Create(Scale);
        (Vector256.ConvertToSingle(a) * scale).CopyTo(row);
        (Vector256.ConvertToSingle(b) * scale).CopyTo(row[8..]);
        (Vector256.ConvertToSingle(c) * scale).CopyTo(row[16..]);
        (Vector256.ConvertToSingle(d) * scale).CopyTo(row[24..]);
        (Vector256.ConvertToSingle(e) * scale).CopyTo(row[32..]);
        (Vector256.ConvertToSingle(g) * scale).CopyTo(row[40..]);
    }

    /// <summary>
    /// Whether <see cref="AddPair"/> applies: rows of 32 bytes (17 to 32 labels, the chunker's 20), summed exactly in
    /// two vectors of 16-bit lanes. Integer sums do not depend on the order of features, so callers may sum parts of a
    /// position's features apart (and cache them) and add the parts.
    /// </summary>
    public bool SumsPairs => Stride == 32;

    /// <summary>
    /// Adds one feature bucket's 8-bit weights to 16-bit sums, labels 0–15 to <paramref name="low"/> and the rest to
    /// <paramref name="high"/>. Only when <see cref="SumsPairs"/>; a lane holds at most 256 additions (256 × 127 &lt; 2^15).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddPair(int bucket, ref Vector256<short> low, ref Vector256<short> high)
    {
        ref var start = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_weights), _origin);
        var (l, h) = Vector256.Widen(Vector256.LoadUnsafe(ref start, (nuint)(_rows.Row(bucket) * 32)));
        low += l;
        high += h;
    }

    private static sbyte Quantize(float weight, float scale) => (sbyte)Math.Round(weight / scale);

    /// <summary>The summed weight of <paramref name="features"/> for one label.</summary>
    public float Sum(ReadOnlySpan<int> features, int label)
    {
        var sum = 0;
        foreach (var f in features)
        {
            sum += _weights[_origin + (_rows.Row(f) * Stride) + label];
        }

        return sum * Scale;
    }
}
