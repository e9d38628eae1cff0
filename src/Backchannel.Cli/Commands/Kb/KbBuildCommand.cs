using System.CommandLine;
using System.Globalization;
using Backchannel.Errors;
using Backchannel.Knowledge.Files;
using Backchannel.Knowledge.Import;

namespace Backchannel.Cli.Commands.Kb;

/// <summary>
/// <c>backchannel kb build [--sources data/kb/sources.tsv] [--out models/kb.ftm.jsonl.gz]</c>: imports every source in
/// the manifest, merges, writes the KB and prints what each source gave. Exit 2 when some rows were skipped.
/// </summary>
internal static class KbBuildCommand
{
    public static Command Create()
    {
        var sources = new Option<string>("--sources") { Description = "Sources manifest (TSV: format, path, publisher, url, retrieved).", DefaultValueFactory = _ => Path.Combine("data", "kb", "sources.tsv") };
        var output = new Option<string>("--out") { Description = "The KB file to write.", DefaultValueFactory = _ => Path.Combine("models", KnowledgeBaseFile.DefaultFileName) };
        var command = new Command("build", "Build the knowledge base from the sources manifest.") { sources, output };
        command.SetAction(parseResult =>
        {
            var terminal = GlobalOptions.TerminalFor(parseResult);
            var manifest = parseResult.GetValue(sources)!;
            if (!File.Exists(manifest))
            {
                terminal.Problem(new BackchannelError(ErrorCode.PathNotFound, "No sources manifest here.", manifest, "Run from the repository root or give --sources."));
                return ExitCode.Usage;
            }

            var report = KbBuilder.Build(manifest);
            var o = parseResult.InvocationConfiguration.Output;
            foreach (var warning in report.Warnings)
            {
                o.WriteLine($"warning: {warning}");
            }

            foreach (var source in report.Sources)
            {
                o.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{source.Entry.Format,-18} {source.Result.Entities.Count,8} entities {source.Result.Problems.Count,6} problems  {source.Entry.Publisher}"));
                foreach (var note in source.Result.Notes)
                {
                    o.WriteLine($"{"",-18} note: {note}");
                }
            }

            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"imported {report.Imported} entities; {report.Entities.Count} after merging ({report.Imported - report.Entities.Count} folded into others or dropped)"));
            foreach (var note in report.Notes)
            {
                o.WriteLine($"note: {note}");
            }

            KbImportSummary.Counts(o, report.Entities, "  ");
            var problems = report.Problems.ToList();
            KbImportSummary.Problems(o, problems);
            var outPath = parseResult.GetValue(output)!;
            try
            {
                FtmJsonLines.Write(outPath, report.Entities);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                terminal.Problem(new BackchannelError(ErrorCode.OutputFailed, $"Cannot write the knowledge base: {ex.Message}", outPath));
                return ExitCode.Fatal;
            }

            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {outPath} ({new FileInfo(outPath).Length / 1024} KiB)"));
            if (KbSnapshotCommand.Write(terminal, o, outPath) != ExitCode.Success)
            {
                return ExitCode.Fatal;
            }

            return problems.Count > 0 ? ExitCode.PartialFailure : ExitCode.Success;
        });
        return command;
    }
}
