using System.Collections.Frozen;

namespace Backchannel.Knowledge.Import;

/// <summary>A CSV file read by header name: the first record names the columns, in any order.</summary>
internal sealed class CsvTable
{
    private readonly FrozenDictionary<string, int> columns;

    private CsvTable(string path, List<CsvRecord> records)
    {
        Path = path;
        columns = records.Count == 0
            ? FrozenDictionary<string, int>.Empty
            : records[0].Cells.Select((name, i) => (Name: name.Trim().ToLowerInvariant(), i))
                .GroupBy(c => c.Name, StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
        Rows = records.Count == 0 ? [] : records[1..];
    }

    /// <summary>The file.</summary>
    public string Path { get; }

    /// <summary>The records after the header.</summary>
    public IReadOnlyList<CsvRecord> Rows { get; }

    /// <summary>Reads <paramref name="path"/>; a missing or unreadable file is a problem and null.</summary>
    public static CsvTable? Read(string path, ImportResult result) =>
        SourceFile.ReadCsv(path, result) is { } records ? new CsvTable(path, records) : null;

    /// <summary>True when the header has <paramref name="column"/>.</summary>
    public bool Has(string column) => columns.ContainsKey(column);

    /// <summary>The trimmed cell of <paramref name="column"/> (the first of the names that exists), or "".</summary>
    public string Get(CsvRecord row, params ReadOnlySpan<string> column)
    {
        foreach (var name in column)
        {
            if (columns.TryGetValue(name, out var index))
            {
                return row.At(index);
            }
        }

        return "";
    }
}
