namespace Backchannel.Knowledge.Import;

/// <summary>One line of the sources manifest: which importer reads which file, and how to cite it.</summary>
/// <param name="Format">Importer format name.</param>
/// <param name="Path">The file or folder, resolved against the manifest's folder.</param>
/// <param name="Publisher">Dataset name for citations.</param>
/// <param name="Url">Where the dataset is published.</param>
/// <param name="Retrieved">ISO date the copy was taken.</param>
/// <param name="Line">The manifest line.</param>
public sealed record KbSourceEntry(string Format, string Path, string Publisher, string? Url, string? Retrieved, int Line)
{
    /// <summary>The import source this entry describes.</summary>
    public ImportSource ToSource() => new(Path, Publisher, Url, Retrieved);
}
