using Backchannel.Knowledge.Model;

namespace Backchannel.Knowledge.Import.OfacSdn;

/// <summary>
/// One row of the first-seen file derived from a git scrape of the SDN list: when an entry first appeared, and whether
/// it was already there in the first snapshot (then the date is only a lower bound, not the listing date).
/// </summary>
/// <param name="Date">first_seen.</param>
/// <param name="NewSinceFirstSnapshot">present_at_first_snapshot = no.</param>
/// <param name="FirstSnapshot">The scrape's first snapshot date.</param>
/// <param name="Cite">Where the row is.</param>
internal sealed record FirstSeen(KbDate? Date, bool NewSinceFirstSnapshot, KbDate? FirstSnapshot, Citation? Cite)
{
    /// <summary>Reads ent_num, …, first_seen, last_seen, present_at_first_snapshot, first_snapshot_date by header.</summary>
    public static Dictionary<string, FirstSeen> Read(string path, ImportSource source, ImportResult result)
    {
        var byEntNum = new Dictionary<string, FirstSeen>(StringComparer.Ordinal);
        if (CsvTable.Read(path, result) is not { } table)
        {
            return byEntNum;
        }

        var file = Path.GetFileName(path);
        foreach (var row in table.Rows)
        {
            var entNum = table.Get(row, "ent_num");
            var date = RowDates.Parse(table.Get(row, "first_seen"), "first_seen", result, path, row.Line);
            var present = table.Get(row, "present_at_first_snapshot");
            if (entNum.Length == 0 || date is null || present is not ("yes" or "no"))
            {
                result.Problem(path, row.Line, "expected ent_num, first_seen and present_at_first_snapshot (yes/no); row skipped");
                continue;
            }

            var first = RowDates.Parse(table.Get(row, "first_snapshot_date"), "first_snapshot_date", result, path, row.Line);
            byEntNum[entNum] = new FirstSeen(date, present == "no", first,
                new Citation($"{source.Publisher} (first-seen dates)", source.Url, $"{file} line {row.Line}", source.Retrieved));
        }

        return byEntNum;
    }
}
