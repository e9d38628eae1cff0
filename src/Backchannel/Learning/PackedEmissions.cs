using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Backchannel.Learning;

/// <summary>
/// A model's emission weights as 8-bit integers with one scale, for decoding only. Decoding is memory-bound (each
/// feature is a random row of a table far larger than the caches), so a row of 45 part-of-speech weights shrinks from
/// 180 bytes of floats to 48 bytes, padded to 16-byte multiples and aligned so that a row never straddles more cache
/// lines than it must. Sums run in 16-bit SIMD lanes.
/// </summary>
internal sealed class PackedEmissions
{
    private const int Alignment = 64;

    // 16-bit lanes hold sums of this many features safely: 256 × 127 < 2^15.
    private const int ShortRun = 256;
    private readonly sbyte[] _weights;
    private readonly int _origin;

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
        _weights = GC.AllocateArray<sbyte>((buckets * Stride) + Alignment, pinned: true);
        var handle = GCHandle.Alloc(_weights, GCHandleType.Pinned);
        var address = handle.AddrOfPinnedObject();
        handle.Free();
        _origin = (int)((Alignment - (address % Alignment)) % Alignment);
        for (var b = 0; b < buckets; b++)
        {
            for (var y = 0; y < labels; y++)
            {
                _weights[_origin + (b * Stride) + y] = (sbyte)Math.Round(emissions[(b * labels) + y] / Scale);
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
        for (var run = 0; run < features.Length; run += ShortRun)
        {
            runSums.Clear();
            foreach (var f in features.Slice(run, Math.Min(ShortRun, features.Length - run)))
            {
                var offset = (nuint)(f * Stride);
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
        Vector256<int> a = default, b = default, c = default, d = default, e = default, g = default;
        for (var run = 0; run < features.Length; run += ShortRun)
        {
            Vector256<short> low = default, middle = default, high = default;
            foreach (var f in features.Slice(run, Math.Min(ShortRun, features.Length - run)))
            {
                var offset = (nuint)(f * 48);
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

    /// <summary>The summed weight of <paramref name="features"/> for one label.</summary>
    public float Sum(ReadOnlySpan<int> features, int label)
    {
        var sum = 0;
        foreach (var f in features)
        {
            sum += _weights[_origin + (f * Stride) + label];
        }

        return sum * Scale;
    }
}
