using Backchannel.Knowledge;
using Backchannel.Knowledge.Files;
using Backchannel.Knowledge.Import;
using Backchannel.Learning;

namespace Backchannel.Linking;

/// <summary>
/// The knowledge base that ships with the tool (<c>models/kb.ftm.jsonl.gz</c>), loaded once and shared by every
/// pipeline. Without the file the linker still runs, on an empty record: every actor is then a NIL entity.
/// </summary>
public static class ShippedKnowledgeBase
{
    /// <summary>File name of the shipped knowledge base in the models folder.</summary>
    public const string FileName = "kb.ftm.jsonl.gz";

    private static readonly Lazy<KnowledgeBase> Shipped = new(() => Load(Path.Combine(ModelLocator.Folder, FileName)));

    /// <summary>The shipped knowledge base, or <see cref="KnowledgeBase.Empty"/> when the file is absent.</summary>
    public static KnowledgeBase Default => Shipped.Value;

    /// <summary>True when the shipped file exists.</summary>
    public static bool Exists => File.Exists(Path.Combine(ModelLocator.Folder, FileName));

    /// <summary>Loads a KB file (FtM JSON lines, gzip'd when it ends in .gz); a missing file gives an empty record.</summary>
    public static KnowledgeBase Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            return KnowledgeBase.Empty;
        }

        var read = FtmJsonLines.Read(new ImportSource(path, "Backchannel knowledge base"));
        return KnowledgeBase.From(read.Entities.DistinctBy(e => e.Id, StringComparer.Ordinal));
    }
}
