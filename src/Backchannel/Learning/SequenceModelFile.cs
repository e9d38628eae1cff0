using System.Buffers.Binary;
using System.Collections.Immutable;
using System.IO.Compression;
using System.Text;
using Backchannel.Errors;
using System.Runtime.CompilerServices;

namespace Backchannel.Learning;

/// <summary>
/// Reads and writes <see cref="SequenceModel"/>s. Only non-zero weights are stored, as half-precision floats with
/// delta-coded indices, then gzip'd: a hashed model is mostly empty buckets, and this keeps committed models small.
/// </summary>
public static class SequenceModelFile
{
    private const string Magic = "BCSEQ1";

    /// <summary>Writes a model.</summary>
    public static void Save(SequenceModel model, Stream output)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(model.Info.Count);
        foreach (var (key, value) in model.Info.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write(key);
            writer.Write(value);
        }

        writer.Write(model.Labels.Length);
        foreach (var label in model.Labels)
        {
            writer.Write(label);
        }

        writer.Write(model.Bits);
        foreach (var t in model.Transitions)
        {
            writer.Write(t);
        }

        var emissions = model.Emissions;
        var nonZero = 0;
        foreach (var w in emissions)
        {
            nonZero += (Half)w != Half.Zero ? 1 : 0;
        }

        writer.Write(nonZero);
        var previous = -1;
        for (var i = 0; i < emissions.Length; i++)
        {
            var h = (Half)emissions[i];
            if (h == Half.Zero)
            {
                continue;
            }

            writer.Write7BitEncodedInt(i - previous);
            writer.Write(h);
            previous = i;
        }
    }

    /// <summary>Writes a model to a file (via a temp file, so a failed write never leaves half a model).</summary>
    public static void Save(SequenceModel model, string path)
    {
        var temp = path + ".tmp";
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using (var stream = File.Create(temp))
        {
            Save(model, stream);
        }

        File.Move(temp, path, overwrite: true);
    }

    /// <summary>Reads a model; a file that is not one fails with <see cref="ErrorCode.BadModel"/>.</summary>
    public static SequenceModel Load(Stream input, string? name = null)
    {
        try
        {
            // Inflated into memory first: millions of two-byte reads straight from a GZipStream cost far more.
            using var inflated = new MemoryStream();
            using (var gzip = new GZipStream(input, CompressionMode.Decompress, leaveOpen: true))
            {
                gzip.CopyTo(inflated);
            }

            inflated.Position = 0;
            using var reader = new BinaryReader(inflated, Encoding.UTF8, leaveOpen: true);
            if (reader.ReadString() != Magic)
            {
                throw new InvalidDataException("wrong magic");
            }

            var info = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
            for (var i = reader.ReadInt32(); i > 0; i--)
            {
                info[reader.ReadString()] = reader.ReadString();
            }

            var labels = ImmutableArray.CreateBuilder<string>();
            for (var i = reader.ReadInt32(); i > 0; i--)
            {
                labels.Add(reader.ReadString());
            }

            var bits = reader.ReadInt32();
            var transitions = new float[(labels.Count + 1) * labels.Count];
            for (var i = 0; i < transitions.Length; i++)
            {
                transitions[i] = reader.ReadSingle();
            }

            var rows = ReadRows(inflated, bits, labels.Count);
            return new SequenceModel(labels.ToImmutable(), bits, rows, transitions, info.ToImmutable());
        }
        catch (Exception ex) when (ex is InvalidDataException or EndOfStreamException or IndexOutOfRangeException or ArgumentException or IOException)
        {
            throw new BackchannelException(new BackchannelError(ErrorCode.BadModel, $"Not a readable Backchannel model ({ex.Message}).", name, "Retrain it with 'backchannel train', or restore the file from the repository."), ex);
        }
    }

    // The non-zero weights straight into the rows of the buckets they fall in (EmissionRows): two passes over the
    // delta-coded entries (which buckets are used, then their weights), never the dense 2^bits × labels table. The
    // entries are parsed from the inflated bytes directly: a BinaryReader call per 7-bit int and per half was most of
    // a model's load.
    // Load-time loop run once per process: compiled fully optimised at once, not left in tier-0 code (issue 17).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static EmissionRows ReadRows(MemoryStream inflated, int bits, int labels)
    {
        if (bits is < 1 or > 30 || labels < 1)
        {
            throw new InvalidDataException("bad table shape");
        }

        var bytes = inflated.GetBuffer().AsSpan(0, (int)inflated.Length)[(int)inflated.Position..];
        var count = BinaryPrimitives.ReadInt32LittleEndian(bytes);
        var size = (long)labels << bits;
        if (count < 0 || count > size)
        {
            throw new InvalidDataException("bad weight count");
        }

        var entries = bytes[4..];
        var used = new bool[1 << bits];
        var at = 0;
        var index = -1L;
        for (var i = 0; i < count; i++)
        {
            index += Read7Bit(entries, ref at);
            if (index >= size)
            {
                throw new InvalidDataException("weight index out of range");
            }

            used[index / labels] = true;
            at += 2;
        }

        var map = new SparseRows(used);
        var weights = new float[map.Rows * labels];
        at = 0;
        index = -1L;
        for (var i = 0; i < count; i++)
        {
            index += Read7Bit(entries, ref at);
            var (bucket, label) = Math.DivRem((int)index, labels);
            weights[(map.Row(bucket) * labels) + label] = (float)BinaryPrimitives.ReadHalfLittleEndian(entries[at..]);
            at += 2;
        }

        return new EmissionRows(map, weights, labels);
    }

    // BinaryWriter.Write7BitEncodedInt's format: seven bits per byte, low first, high bit set on all but the last.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Read7Bit(ReadOnlySpan<byte> bytes, ref int at)
    {
        var value = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            var b = bytes[at++];
            value |= (b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }

        throw new InvalidDataException("bad 7-bit integer");
    }

    /// <summary>Reads a model from a file.</summary>
    public static SequenceModel Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream, path);
    }
}
