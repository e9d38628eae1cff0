namespace Backchannel.Knowledge.Import;

/// <summary>
/// Builds the knowledge base from a sources manifest: imports each entry with its importer, then merges everything
/// (<see cref="KbMerger"/>) and reconciles terms of single-holder posts (<see cref="SingleHolderTerms"/>). A source whose file is missing or whose format is unknown is left out with a warning, so
/// a partial checkout still builds.
/// </summary>
public static class KbBuilder
{
    /// <summary>Reads <paramref name="manifestPath"/> and builds.</summary>
    public static KbBuildReport Build(string manifestPath)
    {
        var report = new KbBuildReport();
        var manifestProblems = new ImportResult();
        var entries = KbManifest.Read(manifestPath, manifestProblems);
        report.ManifestProblems.AddRange(manifestProblems.Problems);
        foreach (var entry in entries)
        {
            if (KbImporters.Find(entry.Format) is not { } importer)
            {
                report.Warnings.Add($"{manifestPath}:{entry.Line}: unknown format '{entry.Format}'; source skipped");
                continue;
            }

            if (!File.Exists(entry.Path) && !Directory.Exists(entry.Path))
            {
                report.Warnings.Add($"{manifestPath}:{entry.Line}: {entry.Path} does not exist; source skipped");
                continue;
            }

            // An open term holds only as long as its source says so: up to the day the source was read.
            var result = importer.Import(entry.ToSource());
            result.StampAsOf(entry.Retrieved);
            report.Sources.Add(new KbSourceReport(entry, result));
        }

        report.Entities.AddRange(SingleHolderTerms.Reconcile(KbMerger.Merge(report.Sources.SelectMany(s => s.Result.Entities)), report.Notes));
        return report;
    }
}
