using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Runtime.CompilerServices;

namespace Backchannel.Knowledge.Snapshot;

/// <summary>
/// Checks a snapshot's bytes and cuts them into sections. Every failure is an <see cref="InvalidDataException"/>
/// saying what is wrong; whether the snapshot is current (<see cref="IsCurrent"/>) is a separate question.
/// </summary>
internal static class SnapshotReader
{
    /// <summary>The engine build: name keys and indexes are its code, so a snapshot written by another build is stale.</summary>
    public static Guid BuildId { get; } = typeof(KnowledgeBase).Assembly.ManifestModule.ModuleVersionId;

    /// <summary>True when the snapshot was written by this engine build from a source whose SHA-256 is <paramref name="sourceSha256"/>.</summary>
    public static bool IsCurrent(ReadOnlySpan<byte> data, ReadOnlySpan<byte> sourceSha256, out string why)
    {
        CheckHeader(data);
        if (BinaryPrimitives.ReadInt32LittleEndian(data[8..]) != SnapshotFormat.Version)
        {
            why = $"written in snapshot format {BinaryPrimitives.ReadInt32LittleEndian(data[8..])}, this build reads {SnapshotFormat.Version}";
            return false;
        }

        if (new Guid(data[12..28]) != BuildId)
        {
            why = "written by another build of the engine";
            return false;
        }

        if (!data[28..60].SequenceEqual(sourceSha256))
        {
            why = "the knowledge-base file has changed since it was written";
            return false;
        }

        why = "";
        return true;
    }

    /// <summary>Checks the payload's hash and cuts it into sections (offsets into <paramref name="data"/>, in bytes).</summary>
    // Load-time loop run once per process: compiled fully optimised at once, not left in tier-0 code (issue 17).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<(int Offset, int Count)> Sections(ReadOnlySpan<byte> data)
    {
        CheckHeader(data);
        var payload = data[SnapshotFormat.HeaderLength..];
        if (BinaryPrimitives.ReadInt64LittleEndian(data[92..]) != payload.Length)
        {
            throw new InvalidDataException("the file is truncated or has bytes after its end");
        }

        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(payload, hash);
        if (!hash.SequenceEqual(data.Slice(60, 32)))
        {
            throw new InvalidDataException("its contents do not match their checksum");
        }

        var sections = new List<(int Offset, int Count)>();
        var at = SnapshotFormat.HeaderLength;
        while (at < data.Length)
        {
            var count = BinaryPrimitives.ReadInt32LittleEndian(data[at..]);
            // The second section holds chars, two to an int.
            var ints = sections.Count == 1 ? (count + 1L) / 2 : count;
            if (count < 0 || at + 4 + (4 * ints) > data.Length)
            {
                throw new InvalidDataException($"section {sections.Count} runs past the end of the file");
            }

            sections.Add((at + 4, count));
            at += 4 + (int)(4 * ints);
        }

        var expected = 5 + (3 * SnapshotFormat.Indexes.Length);
        return sections.Count == expected
            ? sections
            : throw new InvalidDataException($"it has {sections.Count} sections, not {expected}");
    }

    private static void CheckHeader(ReadOnlySpan<byte> data)
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new InvalidDataException("snapshots are read on little-endian machines only");
        }

        if (data.Length < SnapshotFormat.HeaderLength || !data[..8].SequenceEqual(SnapshotFormat.Magic))
        {
            throw new InvalidDataException("it is not a knowledge-base snapshot (no BCKBSNAP header)");
        }
    }
}
