using Backchannel.Errors;
using Backchannel.Formats;

namespace Backchannel.Cli.Analyze;

/// <summary>
/// The files a run writes (the store with its SQLite companions, the report, the JSON) set against the files it reads:
/// an output may not be an input or another output, and a folder being read never yields what the run writes.
/// </summary>
internal static class RunPaths
{
    /// <summary>Files SQLite keeps beside a store.</summary>
    private static readonly string[] StoreCompanions = ["-wal", "-shm", "-journal"];

    /// <summary>The first clash between an output and an input or another output, as a usage error; null when none.</summary>
    public static BackchannelError? FindClash(AnalyzeSettings settings)
    {
        var written = new List<(string Option, string Path, string Identity)>();
        foreach (var (option, path) in Outputs(settings))
        {
            var identity = Identity(path);
            var earlier = written.FirstOrDefault(w => w.Identity == identity);
            if (earlier.Path is not null)
            {
                return Clash($"'{option} {path}' and '{earlier.Option} {earlier.Path}' are the same file; one would overwrite the other.", path);
            }

            written.Add((option, path, identity));
        }

        foreach (var input in settings.Inputs.Where(i => i != InputReader.StdinPath))
        {
            var identity = Identity(input);
            foreach (var (option, path, writtenIdentity) in written)
            {
                if (writtenIdentity == identity || StoreCompanions.Any(c => option == "--db" && writtenIdentity + c == identity))
                {
                    return Clash($"'{option} {path}' is also an input; it would be overwritten.", path);
                }
            }
        }

        return null;
    }

    /// <summary>Full paths a folder walk must leave out: the store, its companions, both outputs and their temp files.</summary>
    public static IReadOnlyCollection<string> Excluded(AnalyzeSettings settings)
    {
        var store = Path.GetFullPath(settings.DbPath);
        var excluded = new List<string> { store };
        excluded.AddRange(StoreCompanions.Select(c => store + c));
        foreach (var output in new[] { settings.ReportPath, settings.JsonPath })
        {
            if (output is not null)
            {
                var full = Path.GetFullPath(output);
                excluded.Add(full);
                excluded.Add(OutputWriter.TempPath(full));
            }
        }

        return excluded;
    }

    private static IEnumerable<(string Option, string Path)> Outputs(AnalyzeSettings settings)
    {
        yield return ("--db", settings.DbPath);
        if (settings.ReportPath is { } report)
        {
            yield return ("--report", report);
        }

        if (settings.JsonPath is { } json)
        {
            yield return ("--json", json);
        }
    }

    /// <summary>The full path, through a symbolic link when the path is one, so two names of one file compare equal.</summary>
    private static string Identity(string path)
    {
        var full = Path.GetFullPath(path);
        try
        {
            return File.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName ?? full;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return full;
        }
    }

    private static BackchannelError Clash(string message, string path)
        => new(ErrorCode.BadOption, message, Hint: $"Choose another path for {path}; nothing was written.");
}
