using Backchannel.Knowledge.Model;

namespace Backchannel.Knowledge.Import;

/// <summary>The outcome of <see cref="KbBuilder.Build"/>: the merged entities and what each source contributed.</summary>
public sealed class KbBuildReport
{
    /// <summary>Per source, in manifest order (sources that were skipped are not listed).</summary>
    public List<KbSourceReport> Sources { get; } = [];

    /// <summary>Sources left out (missing files, unknown formats), in words.</summary>
    public List<string> Warnings { get; } = [];

    /// <summary>What the build changed on purpose after merging (inferred ends, dropped undated terms), in words.</summary>
    public List<string> Notes { get; } = [];

    /// <summary>Malformed manifest lines.</summary>
    public List<ImportProblem> ManifestProblems { get; } = [];

    /// <summary>The knowledge base, merged: unique ids.</summary>
    public List<KbEntity> Entities { get; } = [];

    /// <summary>Entities the importers produced before merging.</summary>
    public int Imported => Sources.Sum(s => s.Result.Entities.Count);

    /// <summary>All row problems of all sources.</summary>
    public IEnumerable<ImportProblem> Problems => ManifestProblems.Concat(Sources.SelectMany(s => s.Result.Problems));
}
