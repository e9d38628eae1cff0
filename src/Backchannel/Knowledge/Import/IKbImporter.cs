namespace Backchannel.Knowledge.Import;

/// <summary>Reads one source format into FtM entities. Bad rows are reported, never thrown.</summary>
public interface IKbImporter
{
    /// <summary>The format name used on the command line (<c>kb import FORMAT FILE</c>) and in the sources manifest.</summary>
    string Format { get; }

    /// <summary>One line for help text.</summary>
    string Description { get; }

    /// <summary>Imports <paramref name="source"/>. A missing or unreadable file is one problem, not an exception.</summary>
    ImportResult Import(ImportSource source);
}
