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
}
