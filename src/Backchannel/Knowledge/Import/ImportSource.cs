namespace Backchannel.Knowledge.Import;

/// <summary>
/// One file to import and how to cite it: the dataset's name, its address and the date it was retrieved. Every
/// entity an importer makes carries this citation plus the row it came from.
/// </summary>
/// <param name="Path">The file (or folder, for formats spread over many files).</param>
/// <param name="Publisher">Dataset name, e.g. "OFAC SDN list (snapshot 2024-05-03)".</param>
/// <param name="Url">Where the dataset is published.</param>
/// <param name="Retrieved">ISO date the copy was retrieved.</param>
public sealed record ImportSource(string Path, string Publisher, string? Url = null, string? Retrieved = null);
