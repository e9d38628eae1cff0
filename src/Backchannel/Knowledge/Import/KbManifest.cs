namespace Backchannel.Knowledge.Import;

/// <summary>
/// The sources manifest (<c>data/kb/sources.tsv</c>): tab-separated format, path (relative to the manifest),
/// publisher, url, retrieved; <c>#</c> starts a comment line; a line starting with "format" and a tab is the header.
/// </summary>
public static class KbManifest
{
    /// <summary>Reads the manifest; malformed lines are problems, an unreadable file is one problem.</summary>
    public static IReadOnlyList<KbSourceEntry> Read(string path, ImportResult problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Problem(path, 0, $"cannot read the manifest: {ex.Message}");
            return [];
        }

        var folder = System.IO.Path.GetDirectoryName(path) ?? "";
        var entries = new List<KbSourceEntry>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#') || line.StartsWith("format\t", StringComparison.Ordinal))
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length < 3 || cells[0].Trim().Length == 0 || cells[1].Trim().Length == 0 || cells[2].Trim().Length == 0)
            {
                problems.Problem(path, i + 1, "expected format, path, publisher[, url, retrieved] separated by tabs");
                continue;
            }

            entries.Add(new KbSourceEntry(
                cells[0].Trim(),
                System.IO.Path.Combine(folder, cells[1].Trim()),
                cells[2].Trim(),
                Cell(cells, 3),
                Cell(cells, 4),
                i + 1));
        }

        return entries;
    }

    private static string? Cell(string[] cells, int index) =>
        index < cells.Length && cells[index].Trim() is { Length: > 0 } value ? value : null;
}
