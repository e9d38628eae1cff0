using System.CommandLine;
using Backchannel.Errors;
using Backchannel.Knowledge.Files;
using Backchannel.Knowledge.Import;

namespace Backchannel.Cli.Commands.Kb;

/// <summary>
/// <c>backchannel kb import FORMAT FILE [--out FILE.jsonl]</c>: runs one importer and shows what it made of the file.
/// Exit 2 when rows were skipped, 1 for an unknown format.
/// </summary>
internal static class KbImportCommand
{
    public static Command Create()
    {
        var format = new Argument<string>("format") { Description = $"Importer: {string.Join(", ", KbImporters.All.Select(i => i.Format))}." };
        var file = new Argument<string>("file") { Description = "The file or folder to import." };
        var outFile = new Option<string?>("--out") { Description = "Write the entities as FtM JSON lines (.gz to compress)." };
        var publisher = new Option<string?>("--publisher") { Description = "Dataset name for the citations (default: the file name)." };
        var url = new Option<string?>("--url") { Description = "Dataset address for the citations." };
        var retrieved = new Option<string?>("--retrieved") { Description = "Date the copy was retrieved (YYYY-MM-DD), for the citations." };
        var command = new Command("import", "Import one source file and show the entities and problems.") { format, file, outFile, publisher, url, retrieved };
        command.SetAction(parseResult =>
        {
            var terminal = GlobalOptions.TerminalFor(parseResult);
            var output = parseResult.InvocationConfiguration.Output;
            var name = parseResult.GetValue(format) ?? "";
            if (KbImporters.Find(name) is not { } importer)
            {
                terminal.Problem(new BackchannelError(ErrorCode.BadOption, $"Unknown knowledge-base format '{name}'.",
                    Hint: $"Formats: {string.Join(", ", KbImporters.All.Select(i => $"{i.Format} ({i.Description})"))}."));
                return ExitCode.Usage;
            }

            var path = parseResult.GetValue(file) ?? "";
            var result = importer.Import(new ImportSource(path, parseResult.GetValue(publisher) ?? Path.GetFileName(Path.TrimEndingDirectorySeparator(path)), parseResult.GetValue(url), parseResult.GetValue(retrieved)));
            result.StampAsOf(parseResult.GetValue(retrieved));
            KbImportSummary.Counts(output, result.Entities);
            foreach (var note in result.Notes)
            {
                output.WriteLine($"note: {note}");
            }

            KbImportSummary.Problems(output, result.Problems);
            if (parseResult.GetValue(outFile) is { } outPath)
            {
                try
                {
                    FtmJsonLines.Write(outPath, result.Entities);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    terminal.Problem(new BackchannelError(ErrorCode.OutputFailed, $"Cannot write the entities: {ex.Message}", outPath));
                    return ExitCode.Fatal;
                }

                output.WriteLine($"wrote {outPath}");
            }

            return result.Problems.Count > 0 ? ExitCode.PartialFailure : ExitCode.Success;
        });
        return command;
    }
}
