namespace Backchannel.Knowledge.Import;

/// <summary>One CSV record with the 1-based line it starts on (quoted cells may span lines).</summary>
/// <param name="Line">The line the record starts on.</param>
/// <param name="Cells">The cells, unquoted.</param>
internal sealed record CsvRecord(long Line, string[] Cells)
{
    /// <summary>The cell at <paramref name="index"/>, trimmed, or "" when the row is short.</summary>
    public string At(int index) => index >= 0 && index < Cells.Length ? Cells[index].Trim() : "";
}
