using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Backchannel.Learning;
using System.Runtime.CompilerServices;

namespace Backchannel.Entities;

/// <summary>
/// The emission weights of both recognizer stages packed into one table for fast decoding. Decoding is memory-bound
/// (each feature is a random row in a large table), so rows are made small and shared: the <c>O</c> label's weight is
/// subtracted from every label of a stage's row (a per-position constant, which never changes the best path or any
/// margin) and dropped, the other weights are stored as 8-bit integers with one scale per stage, and a bucket's
/// first-stage and second-stage weights sit side by side. With the 16 BILOU entity labels that is 16 bytes per stage,
/// so one aligned 32-byte row, never split across cache lines, serves both stages: the second stage reuses the first
/// stage's feature rows. 8 bits cost no accuracy (eng.testa F1 93.32 against 93.27 with 16 bits). Only buckets with
/// a non-zero packed weight get a row (<see cref="SparseRows"/>): some 77 thousand of the 2^20, so the table shrinks
/// from 32 MB to about 2.5 MB and mostly stays in the caches, with identical scores.
/// </summary>
internal sealed class QuantizedEmissions
{
    private const int CacheLine = 64;

    // Sums of sbytes are kept in 16-bit lanes for this many features at a time, then widened: 256 × 127 < 2^15.
    private const int ShortRun = 256;
    private readonly sbyte[] _weights;
    private readonly int _origin;
    private readonly float[] _scales;
    private readonly int _width;
    private readonly int _stride;
    private readonly SparseRows _rows;

    // Load-time loop run once per process: compiled fully optimised at once, not left in tier-0 code (issue 17).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public QuantizedEmissions(SequenceModel first, SequenceModel? second)
    {
        ArgumentNullException.ThrowIfNull(first);
        if (second is not null && (second.Labels.Length != first.Labels.Length || second.Bits != first.Bits))
        {
            throw new ArgumentException("Both stages must share labels and feature buckets.", nameof(second));
        }

        Labels = first.Labels.Length;
        Stages = second is null ? 1 : 2;
        _width = Labels - 1;
        _stride = _width * Stages;
        var buckets = 1 << first.Bits;
        _scales = new float[Stages];
        _scales[0] = Scale(first, buckets);
        if (second is not null)
        {
            _scales[1] = Scale(second, buckets);
        }

        var used = new bool[buckets];
        for (var b = 0; b < buckets; b++)
        {
            used[b] = Used(first, 0, b) || (second is not null && Used(second, 1, b));
        }

        _rows = new SparseRows(used);

        // Pinned (the pinned heap never moves objects) so the rows can start on a cache-line boundary.
        _weights = GC.AllocateArray<sbyte>((_rows.Rows * _stride) + CacheLine, pinned: true);
        var handle = GCHandle.Alloc(_weights, GCHandleType.Pinned);
        var address = handle.AddrOfPinnedObject();
        handle.Free();
        _origin = (int)((CacheLine - (address % CacheLine)) % CacheLine);
        Pack(first, 0, buckets);
        if (second is not null)
        {
            Pack(second, 1, buckets);
        }
    }

    /// <summary>Labels per stage (label 0 is <c>O</c>).</summary>
    public int Labels { get; }

    /// <summary>1 or 2.</summary>
    public int Stages { get; }

    /// <summary>Whether <see cref="SumShort"/> and the scoring with word-part sums are available (AVX2, 16 entity labels).</summary>
    public bool SumsParts => _width == 16 && Vector256.IsHardwareAccelerated;

    /// <summary>
    /// Writes every label's emission score of every stage for one position: <paramref name="first"/> gets the first
    /// stage's row and <paramref name="second"/> (when there are two stages) the second's, both with <c>O</c> as 0.
    /// </summary>
    public void Score(ReadOnlySpan<int> features, Span<float> first, Span<float> second)
    {
        if (SumsParts)
        {
            Score(features, default, default, first, second);
            return;
        }

        first[0] = 0;
        if (Stages == 2)
        {
            second[0] = 0;
        }

        for (var stage = 0; stage < Stages; stage++)
        {
            ScoreScalar(features, stage, stage == 0 ? first : second, add: false);
        }
    }

    /// <summary>
    /// <see cref="Score(ReadOnlySpan{int}, Span{float}, Span{float})"/> plus sums of further features already made
    /// with <see cref="SumShort"/> (<paramref name="partFirst"/> for the first stage, <paramref name="partSecond"/>
    /// for the second). Only when <see cref="SumsParts"/>.
    /// </summary>
    public void Score(ReadOnlySpan<int> features, Vector256<short> partFirst, Vector256<short> partSecond, Span<float> first, Span<float> second)
    {
        first[0] = 0;
        ref var start = ref Unsafe(_origin);
        var rows = _rows;
        var (a, b) = Vector256.Widen(partFirst);
        if (Stages == 1)
        {
            for (var run = 0; run < features.Length; run += ShortRun)
            {
                var sum = Vector256<short>.Zero;
                foreach (var f in features.Slice(run, Math.Min(ShortRun, features.Length - run)))
                {
                    sum += Vector256.WidenLower(Vector128.LoadUnsafe(ref start, (nuint)(rows.Row(f) * 16)).ToVector256Unsafe());
                }

                var (l, h) = Vector256.Widen(sum);
                a += l;
                b += h;
            }

            Store(a, b, _scales[0], first);
            return;
        }

        second[0] = 0;
        var (c, d) = Vector256.Widen(partSecond);
        for (var run = 0; run < features.Length; run += ShortRun)
        {
            var sum1 = Vector256<short>.Zero;
            var sum2 = Vector256<short>.Zero;
            foreach (var f in features.Slice(run, Math.Min(ShortRun, features.Length - run)))
            {
                var (one, two) = Vector256.Widen(Vector256.LoadUnsafe(ref start, (nuint)(rows.Row(f) * 32)));
                sum1 += one;
                sum2 += two;
            }

            var (l1, h1) = Vector256.Widen(sum1);
            var (l2, h2) = Vector256.Widen(sum2);
            a += l1;
            b += h1;
            c += l2;
            d += h2;
        }

        Store(a, b, _scales[0], first);
        Store(c, d, _scales[1], second);
    }

    /// <summary>
    /// The packed weights of at most <see cref="ShortRun"/> features summed in 16-bit lanes, per stage
    /// (<paramref name="second"/> is zero with one stage). Only when <see cref="SumsParts"/>.
    /// </summary>
    public void SumShort(ReadOnlySpan<int> features, out Vector256<short> first, out Vector256<short> second)
    {
        if (features.Length > ShortRun)
        {
            throw new ArgumentException($"At most {ShortRun} features fit 16-bit sums.", nameof(features));
        }

        ref var start = ref Unsafe(_origin);
        var rows = _rows;
        first = Vector256<short>.Zero;
        second = Vector256<short>.Zero;
        if (Stages == 1)
        {
            foreach (var f in features)
            {
                first += Vector256.WidenLower(Vector128.LoadUnsafe(ref start, (nuint)(rows.Row(f) * 16)).ToVector256Unsafe());
            }

            return;
        }

        foreach (var f in features)
        {
            var (one, two) = Vector256.Widen(Vector256.LoadUnsafe(ref start, (nuint)(rows.Row(f) * 32)));
            first += one;
            second += two;
        }
    }

    /// <summary>Adds the second stage's weights of extra features (the second stage's own) to its emission row.</summary>
    public void AddSecond(ReadOnlySpan<int> features, Span<float> second)
    {
        if (_width != 16 || !Vector256.IsHardwareAccelerated || features.Length > ShortRun)
        {
            ScoreScalar(features, 1, second, add: true);
            return;
        }

        ref var start = ref Unsafe(_origin + 16);
        var rows = _rows;
        var sum = Vector256<short>.Zero;
        foreach (var f in features)
        {
            sum += Vector256.WidenLower(Vector128.LoadUnsafe(ref start, (nuint)(rows.Row(f) * 32)).ToVector256Unsafe());
        }

        var (low, high) = Vector256.Widen(sum);
        var scale = Vector256.Create(_scales[1]);
        var row = second[1..];
        (Vector256.Create<float>(row) + (Vector256.ConvertToSingle(low) * scale)).CopyTo(row);
        (Vector256.Create<float>(row[8..]) + (Vector256.ConvertToSingle(high) * scale)).CopyTo(row[8..]);
    }

    private void ScoreScalar(ReadOnlySpan<int> features, int stage, Span<float> row, bool add)
    {
        Span<int> sums = stackalloc int[_width];
        sums.Clear();
        foreach (var f in features)
        {
            var weights = _weights.AsSpan(_origin + (_rows.Row(f) * _stride) + (stage * _width), _width);
            for (var y = 0; y < _width; y++)
            {
                sums[y] += weights[y];
            }
        }

        var scale = _scales[stage];
        for (var y = 0; y < _width; y++)
        {
            row[y + 1] = add ? row[y + 1] + (sums[y] * scale) : sums[y] * scale;
        }
    }

    private static void Store(Vector256<int> low, Vector256<int> high, float scale, Span<float> row)
    {
        var s = Vector256.Create(scale);
        (Vector256.ConvertToSingle(low) * s).CopyTo(row[1..]);
        (Vector256.ConvertToSingle(high) * s).CopyTo(row[9..]);
    }

    private ref sbyte Unsafe(int index) => ref System.Runtime.CompilerServices.Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_weights), index);

    // One scale per stage: the largest weight (relative to O) maps to 127. Buckets are read one at a time
    // (BucketWeights), so a model read from a file never builds its dense table; empty buckets are skipped.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static float Scale(SequenceModel model, int buckets)
    {
        var labels = model.Labels.Length;
        var max = 0f;
        for (var b = 0; b < buckets; b++)
        {
            if (!model.MayUse(b))
            {
                continue;
            }

            var weights = model.BucketWeights(b);
            var o = weights[0];
            for (var y = 1; y < labels; y++)
            {
                max = Math.Max(max, Math.Abs(weights[y] - o));
            }
        }

        return max > 0 ? max / sbyte.MaxValue : 1;
    }

    // Whether any of a bucket's packed weights is non-zero (a bucket whose weights all round to 0 needs no row).
    private bool Used(SequenceModel model, int stage, int bucket)
    {
        if (!model.MayUse(bucket))
        {
            return false;
        }

        var weights = model.BucketWeights(bucket);
        var o = weights[0];
        for (var y = 1; y < Labels; y++)
        {
            if (Quantize(weights[y] - o, _scales[stage]) != 0)
            {
                return true;
            }
        }

        return false;
    }

    private static sbyte Quantize(float weight, float scale) => (sbyte)Math.Round(weight / scale);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Pack(SequenceModel model, int stage, int buckets)
    {
        var labels = Labels;
        var scale = _scales[stage];
        for (var b = 0; b < buckets; b++)
        {
            var compact = _rows.Row(b);
            if (compact == 0 || !model.MayUse(b))
            {
                continue;
            }

            var weights = model.BucketWeights(b);
            var o = weights[0];
            var row = _origin + (compact * _stride) + (stage * _width);
            for (var y = 1; y < labels; y++)
            {
                _weights[row + y - 1] = Quantize(weights[y] - o, scale);
            }
        }
    }
}
