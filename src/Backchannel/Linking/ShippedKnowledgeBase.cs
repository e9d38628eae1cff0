using Backchannel.Knowledge;
using Backchannel.Knowledge.Files;
using Backchannel.Learning;

namespace Backchannel.Linking;

/// <summary>
/// The knowledge base the linker uses by default: <see cref="KnowledgeBaseFile.LoadDefault"/> (<c>models/kb.ftm.jsonl.gz</c>,
/// loaded once and shared). Without the file the linker still runs, on an empty record: every actor is then NIL.
/// </summary>
public static class ShippedKnowledgeBase
{
    /// <summary>File name of the shipped knowledge base in the models folder.</summary>
    public const string FileName = KnowledgeBaseFile.DefaultFileName;

    /// <summary>True when the shipped file exists.</summary>
    public static bool Exists => File.Exists(Path.Combine(ModelLocator.Folder, FileName));

    /// <summary>The shipped knowledge base, or <see cref="KnowledgeBase.Empty"/> when the file is absent.</summary>
    public static KnowledgeBase Default => Exists ? KnowledgeBaseFile.LoadDefault() : KnowledgeBase.Empty;
}
