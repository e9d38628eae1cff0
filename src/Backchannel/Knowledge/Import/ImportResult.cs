using Backchannel.Knowledge.Model;

namespace Backchannel.Knowledge.Import;

/// <summary>What one importer made of one file: the entities it produced and the rows it had to skip.</summary>
public sealed class ImportResult
{
    /// <summary>Entities, in file order. Ids may repeat (a person in several rows); the merger unites them.</summary>
    public List<KbEntity> Entities { get; } = [];

    /// <summary>Rows skipped, with file, line and reason.</summary>
    public List<ImportProblem> Problems { get; } = [];

    /// <summary>
    /// Remarks for the summary that are not problems, e.g. "skipped 851 vessels (not actors)": rows left out on
    /// purpose, so they do not make the import fail.
    /// </summary>
    public List<string> Notes { get; } = [];

    /// <summary>Records a skipped row.</summary>
    public void Problem(string file, long line, string reason) => Problems.Add(new ImportProblem(file, line, reason));

    /// <summary>
    /// Stamps <see cref="Props.AsOf"/> = <paramref name="asOf"/> (the source's retrieval or snapshot date) on every
    /// open-ended term that has no as-of date of its own, so the term holds only up to the day the source said it.
    /// Terms marked ended and terms with an end (scheduled or not) are left alone. Returns how many were stamped.
    /// </summary>
    public int StampAsOf(string? asOf)
    {
        if (asOf is null || !KbDate.TryParse(asOf, out var date))
        {
            return 0;
        }

        var stamped = 0;
        for (var i = 0; i < Entities.Count; i++)
        {
            var e = Entities[i];
            if (e.Schema == Schemas.Occupancy && e.First(Props.EndDate) is null && e.First(Props.Status) != "ended" && e.First(Props.AsOf) is null)
            {
                Entities[i] = e.ToBuilder().Add(Props.AsOf, date).Build();
                stamped++;
            }
        }

        return stamped;
    }
}
