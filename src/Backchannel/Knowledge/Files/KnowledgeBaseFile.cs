using Backchannel.Diagnostics;
using Backchannel.Errors;
using Backchannel.Knowledge.Import;
using Backchannel.Knowledge.Snapshot;
using Backchannel.Learning;

namespace Backchannel.Knowledge.Files;

/// <summary>
/// Loads a knowledge-base file (FtM JSON lines, gzip'd when it ends in .gz) into a <see cref="KnowledgeBase"/>. The
/// shipped one, <c>models/kb.ftm.jsonl.gz</c>, is read once per process and shared.
/// </summary>
public static class KnowledgeBaseFile
{
    /// <summary>The shipped KB's file name in models/.</summary>
    public const string DefaultFileName = "kb.ftm.jsonl.gz";

    private static readonly Lazy<KnowledgeBase> Default = new(() => LoadLog.Measure("kb", LoadShipped), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// The shipped knowledge base (loaded on first use; thread-safe), read from its snapshot (<c>kb.snapshot</c>) when
    /// that is current, else parsed and the snapshot rewritten.
    /// </summary>
    public static KnowledgeBase LoadDefault() => Default.Value;

    private static KnowledgeBase LoadShipped()
    {
        var source = ModelLocator.Require(DefaultFileName);
        return KbSnapshotFile.Load(source, KbSnapshotFile.PathFor(source), out _);
    }

    /// <summary>
    /// Loads <paramref name="path"/>. A missing file is a PathNotFound error, a damaged line a BadModel error, both naming the file.
    /// Files with repeated ids (hand-made or concatenated) are merged first.
    /// </summary>
    public static KnowledgeBase Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new BackchannelException(new BackchannelError(ErrorCode.PathNotFound, "No knowledge-base file here.", path, "Build one with 'backchannel kb build'."));
        }

        var read = FtmJsonLines.Read(new ImportSource(path, Path.GetFileName(path)));
        if (read.Problems.Count > 0)
        {
            throw new BackchannelException(new BackchannelError(ErrorCode.BadModel, $"The knowledge base has {read.Problems.Count} unreadable line(s); first: {read.Problems[0]}", path, "Rebuild it with 'backchannel kb build'."));
        }

        LoadLog.Phase($"kb parsed: {read.Entities.Count} entities");
        var ids = new HashSet<string>(read.Entities.Count, StringComparer.Ordinal);
        var unique = read.Entities.TrueForAll(e => ids.Add(e.Id));
        return KnowledgeBase.From(unique ? read.Entities : KbMerger.Merge(read.Entities));
    }
}
