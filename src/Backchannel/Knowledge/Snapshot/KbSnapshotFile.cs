using System.Security.Cryptography;
using Backchannel.Diagnostics;
using Backchannel.Errors;
using Backchannel.Knowledge.Files;

namespace Backchannel.Knowledge.Snapshot;

/// <summary>What <see cref="KbSnapshotFile.Load"/> did.</summary>
public enum SnapshotOutcome
{
    /// <summary>The snapshot was current and was read.</summary>
    Read,

    /// <summary>There was no snapshot: the KB file was parsed and a snapshot written.</summary>
    Written,

    /// <summary>The snapshot was stale (another KB file or engine build): the KB file was parsed and the snapshot rewritten.</summary>
    Rebuilt,

    /// <summary>No current snapshot, and none could be written (read-only folder): the KB file was parsed.</summary>
    ParsedOnly,
}

/// <summary>
/// The knowledge base's binary snapshot (<c>kb.snapshot</c> beside <c>kb.ftm.jsonl.gz</c>): the record with its
/// indexes, read in one go with nothing to parse or index. The KB file stays the source of truth: a snapshot names
/// the SHA-256 of the file it was made from and the engine build that made it, and one that does not match both is
/// never used but rebuilt from the file. A damaged snapshot is an error (<see cref="ErrorCode.BadSnapshot"/>).
/// </summary>
public static class KbSnapshotFile
{
    /// <summary>The snapshot's file name beside the shipped KB.</summary>
    public const string DefaultFileName = "kb.snapshot";

    /// <summary>The snapshot path for a KB file: beside it, same folder.</summary>
    public static string PathFor(string sourcePath) => Path.Combine(Path.GetDirectoryName(Path.GetFullPath(sourcePath))!, DefaultFileName);

    /// <summary>
    /// The record of <paramref name="sourcePath"/>, through its snapshot at <paramref name="snapshotPath"/> when that is
    /// current; otherwise parsed from the source, and the snapshot (re)written when the folder allows.
    /// </summary>
    public static KnowledgeBase Load(string sourcePath, string snapshotPath, out SnapshotOutcome outcome)
    {
        var sourceHash = HashOf(sourcePath);
        var exists = File.Exists(snapshotPath);
        if (exists)
        {
            var data = ReadSnapshot(snapshotPath);
            if (Guarded(snapshotPath, () => SnapshotReader.IsCurrent(data.Span, sourceHash, out var why) ? null : why) is { } stale)
            {
                LoadLog.Phase($"kb snapshot stale ({stale}): rebuilding");
            }
            else
            {
                outcome = SnapshotOutcome.Read;
                var kb = Guarded(snapshotPath, () => new KnowledgeBase(new SnapshotRecord(data)) { SnapshotPath = snapshotPath });
                LoadLog.Phase("kb snapshot read");
                return kb;
            }
        }

        var parsed = KnowledgeBaseFile.Load(sourcePath);
        try
        {
            SnapshotWriter.Write(snapshotPath, parsed, sourceHash);
            outcome = exists ? SnapshotOutcome.Rebuilt : SnapshotOutcome.Written;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            LoadLog.Phase($"kb snapshot not written: {ex.Message}");
            outcome = SnapshotOutcome.ParsedOnly;
        }

        return parsed;
    }

    /// <summary>Parses <paramref name="sourcePath"/> and writes its snapshot to <paramref name="snapshotPath"/> (what <c>kb build</c> does after writing the KB file).</summary>
    public static KnowledgeBase Write(string sourcePath, string snapshotPath)
    {
        var parsed = KnowledgeBaseFile.Load(sourcePath);
        SnapshotWriter.Write(snapshotPath, parsed, HashOf(sourcePath));
        return parsed;
    }

    private static byte[] HashOf(string path)
    {
        if (!File.Exists(path))
        {
            throw new BackchannelException(new BackchannelError(ErrorCode.PathNotFound, "No knowledge-base file here.", path, "Build one with 'backchannel kb build'."));
        }

        using var file = File.OpenRead(path);
        return SHA256.HashData(file);
    }

    private static ReadOnlyMemory<byte> ReadSnapshot(string path)
    {
        try
        {
            return MappedFile.Open(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw Damaged(path, $"it cannot be read ({ex.Message})");
        }
    }

    private static T Guarded<T>(string path, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (InvalidDataException ex)
        {
            throw Damaged(path, ex.Message);
        }
    }

    private static BackchannelException Damaged(string path, string why) =>
        new(new BackchannelError(ErrorCode.BadSnapshot, $"The knowledge-base snapshot is damaged: {why}.", path,
            "Delete it (it is rebuilt from kb.ftm.jsonl.gz on the next run) or run 'backchannel kb snapshot'."));
}
