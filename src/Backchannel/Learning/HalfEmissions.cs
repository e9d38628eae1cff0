using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Backchannel.Learning;

/// <summary>
/// A model's emission weights for exact decoding, in a compact table: only buckets with a non-zero weight get a row
/// (<see cref="SparseRows"/>), and each weight is stored as a half-precision float. Model files keep their weights
/// as halves, so for a loaded model nothing is rounded: every weight converts back to the same float, and sums taken
/// in the same feature order are bit for bit those of the float table. The chunker's 20 labels then fit one 64-byte
/// cache line per bucket instead of 80 bytes over two lines, and its table shrinks from 20 MB to under 5 MB
/// (74 thousand of 2^18 buckets are used), so the random row reads that dominate decoding miss the caches far less.
/// </summary>
internal sealed class HalfEmissions
{
    private const int Alignment = 64;

    // 2^112: moves a half's exponent (bias 15) onto a float's (bias 127).
    private static readonly float s_exponentShift = MathF.ScaleB(1f, 112);

    /// <summary>2^112 in every lane, for <see cref="ToSingle"/>.</summary>
    internal static Vector256<float> ExponentShift => Vector256.Create(s_exponentShift);

    private readonly ushort[] _weights;
    private readonly int _origin;
    private readonly SparseRows _rows;

    private HalfEmissions(ReadOnlySpan<float> emissions, int labels)
    {
        Labels = labels;
        Blocks = (labels + 7) / 8;

        // A row is a whole number of cache lines (32 halves each), so a bucket's weights never straddle two lines
        // more than they must.
        Stride = (labels + 31) / 32 * 32;
        var buckets = emissions.Length / labels;
        var used = new bool[buckets];
        for (var b = 0; b < buckets; b++)
        {
            foreach (var w in emissions.Slice(b * labels, labels))
            {
                used[b] |= w != 0;
            }
        }

        _rows = new SparseRows(used);
        _weights = GC.AllocateArray<ushort>((_rows.Rows * Stride) + (Alignment / sizeof(ushort)), pinned: true);
        var handle = GCHandle.Alloc(_weights, GCHandleType.Pinned);
        var address = handle.AddrOfPinnedObject();
        handle.Free();
        _origin = (int)((Alignment - (address % Alignment)) % Alignment) / sizeof(ushort);
        for (var b = 0; b < buckets; b++)
        {
            var row = _rows.Row(b);
            if (row == 0)
            {
                continue;
            }

            for (var y = 0; y < labels; y++)
            {
                _weights[_origin + (row * Stride) + y] = BitConverter.HalfToUInt16Bits((Half)emissions[(b * labels) + y]);
            }
        }
    }

    // The rows of a model read from a file, which are halves already and share its map: no bucket is scanned.
    // Load-time loop run once per process: compiled fully optimised at once, not left in tier-0 code (issue 17).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private HalfEmissions(EmissionRows rows)
    {
        var labels = rows.Labels;
        Labels = labels;
        Blocks = (labels + 7) / 8;
        Stride = (labels + 31) / 32 * 32;
        _rows = rows.Map;
        _weights = GC.AllocateArray<ushort>((_rows.Rows * Stride) + (Alignment / sizeof(ushort)), pinned: true);
        var handle = GCHandle.Alloc(_weights, GCHandleType.Pinned);
        var address = handle.AddrOfPinnedObject();
        handle.Free();
        _origin = (int)((Alignment - (address % Alignment)) % Alignment) / sizeof(ushort);
        for (var row = 1; row < rows.Rows; row++)
        {
            var weights = rows.Row(row);
            var target = _weights.AsSpan(_origin + (row * Stride), labels);
            for (var y = 0; y < labels; y++)
            {
                target[y] = BitConverter.HalfToUInt16Bits((Half)weights[y]);
            }
        }
    }

    /// <summary>Number of labels.</summary>
    public int Labels { get; }

    /// <summary>Row length in halves: <see cref="Labels"/> rounded up to a multiple of 32 (one 64-byte line).</summary>
    public int Stride { get; }

    /// <summary>Vectors of eight labels that a row is summed in.</summary>
    public int Blocks { get; }

    /// <summary>
    /// The compact table of <paramref name="emissions"/> (bucket-major, <paramref name="labels"/> per bucket), or
    /// null when some weight is not exactly a half-precision float (a model trained in memory rather than loaded):
    /// then the float table must be used, or decoding would change.
    /// </summary>
    public static HalfEmissions? TryCreate(ReadOnlySpan<float> emissions, int labels)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(labels, 1);
        foreach (var w in emissions)
        {
            if ((float)(Half)w != w)
            {
                return null;
            }
        }

        return new HalfEmissions(emissions, labels);
    }

    /// <summary>
    /// The compact table of a model read from a file (every weight there is a half), or null when some weight is not
    /// exactly a half, as <see cref="TryCreate"/> decides.
    /// </summary>
    public static HalfEmissions? FromRows(EmissionRows rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        foreach (var w in rows.Weights)
        {
            if ((float)(Half)w != w)
            {
                return null;
            }
        }

        return new HalfEmissions(rows);
    }

    /// <summary>
    /// Writes the summed weights of <paramref name="features"/> for every label into <paramref name="row"/> (its
    /// first <see cref="Labels"/> places). Per label the sum starts at zero and adds the features in order, in single
    /// precision, exactly as <see cref="Viterbi.Emit"/> does over the float table.
    /// </summary>
    public void Emit(ReadOnlySpan<int> features, Span<float> row)
    {
        if (Blocks == 3)
        {
            Emit3(features, row);
            return;
        }

        Span<Vector256<float>> sums = stackalloc Vector256<float>[Blocks];
        sums.Clear();
        ref var start = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_weights), _origin);
        var rows = _rows;
        var stride = Stride;
        var shift = ExponentShift;
        foreach (var f in features)
        {
            var offset = (nuint)(rows.Row(f) * stride);
            for (var k = 0; k < sums.Length; k++)
            {
                sums[k] += Widen(Vector128.LoadUnsafe(ref start, offset + (nuint)(k * 8)), shift);
            }
        }

        Span<float> last = stackalloc float[8];
        for (var k = 0; k < sums.Length; k++)
        {
            Store(sums[k], row[(k * 8)..Labels], last);
        }
    }

    // Up to 24 labels (the chunker's 20) with every sum in a register.
    private void Emit3(ReadOnlySpan<int> features, Span<float> row)
    {
        ref var start = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_weights), _origin);
        var rows = _rows;
        var stride = Stride;
        var shift = ExponentShift;
        Vector256<float> a = default, b = default, c = default;
        foreach (var f in features)
        {
            var offset = (nuint)(rows.Row(f) * stride);
            var (low, high) = Vector256.Widen(Vector256.LoadUnsafe(ref start, offset));
            a += ToSingle(low, shift);
            b += ToSingle(high, shift);
            c += Widen(Vector128.LoadUnsafe(ref start, offset + 16), shift);
        }

        Span<float> last = stackalloc float[8];
        Store(a, row[..Labels], last);
        Store(b, row[8..Labels], last);
        Store(c, row[16..Labels], last);
    }

    // Writes a vector's first lanes into a row that may end before its eighth lane.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store(Vector256<float> sums, Span<float> target, Span<float> spare)
    {
        if (target.Length >= 8)
        {
            sums.CopyTo(target);
            return;
        }

        sums.CopyTo(spare);
        spare[..target.Length].CopyTo(target);
    }

    /// <summary>The summed weight of <paramref name="features"/> for one label, in feature order.</summary>
    public float Sum(ReadOnlySpan<int> features, int label)
    {
        var sum = 0f;
        foreach (var f in features)
        {
            sum += (float)BitConverter.UInt16BitsToHalf(_weights[_origin + (_rows.Row(f) * Stride) + label]);
        }

        return sum;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> Widen(Vector128<ushort> halves, Vector256<float> shift) => ToSingle(Vector256.WidenLower(halves.ToVector256Unsafe()), shift);

    /// <summary>
    /// Eight half-precision bit patterns (zero-extended to 32 bits) as floats, exactly: the exponent and mantissa
    /// bits shifted into a float's places give the value times 2^-112 (subnormal halves included), and the
    /// multiplication by 2^112 (<paramref name="shift"/>, in every lane) is exact. Halves here are finite (weights), so
    /// infinities and NaNs need no care.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector256<float> ToSingle(Vector256<uint> halves, Vector256<float> shift)
    {
        var magnitude = ((halves & Vector256.Create(0x7FFFu)) << 13).AsSingle() * shift;
        return (magnitude.AsUInt32() | ((halves & Vector256.Create(0x8000u)) << 16)).AsSingle();
    }
}
