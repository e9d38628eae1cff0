using System.CommandLine;
using System.Globalization;
using Backchannel.Errors;
using Backchannel.Knowledge.Files;
using Backchannel.Knowledge.Snapshot;
using Backchannel.Learning;
using Backchannel.Linking;

namespace Backchannel.Cli.Commands.Kb;

/// <summary>
/// <c>backchannel kb snapshot [--kb FILE]</c>: writes the binary snapshot (<c>kb.snapshot</c>) beside a KB file, and
/// the linker's indexes of it (<c>linker.snapshot</c>), so later commands read the record without parsing it. The build runs it for the shipped KB; <c>kb build</c> does it
/// after writing a new KB; a stale snapshot is also rebuilt on first use.
/// </summary>
internal static class KbSnapshotCommand
{
    public static Command Create()
    {
        var kbFile = new Option<string?>("--kb") { Description = $"The KB file to snapshot. Default: the shipped models/{KnowledgeBaseFile.DefaultFileName}." };
        var command = new Command("snapshot", $"Write the binary snapshot ({KbSnapshotFile.DefaultFileName}) beside the KB file, for fast start-up.") { kbFile };
        command.SetAction(parseResult =>
        {
            var source = parseResult.GetValue(kbFile) ?? Path.Combine(ModelLocator.Folder, KnowledgeBaseFile.DefaultFileName);
            return Write(GlobalOptions.TerminalFor(parseResult), parseResult.InvocationConfiguration.Output, source);
        });
        return command;
    }

    /// <summary>Writes the snapshot of <paramref name="source"/>; shared with <c>kb build</c>.</summary>
    public static int Write(Terminal terminal, TextWriter output, string source)
    {
        var snapshot = KbSnapshotFile.PathFor(source);
        try
        {
            KbSnapshotFile.Write(source, snapshot);

            // The linker's indexes of that record, stored beside it (linker.snapshot), read back from the snapshot
            // just written so they are keyed to it.
            EntityLinker.StoreIndexes(KbSnapshotFile.Load(source, snapshot, out _));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            terminal.Problem(new BackchannelError(ErrorCode.OutputFailed, $"Cannot write the snapshot: {ex.Message}", snapshot, "Check that the folder is writable."));
            return ExitCode.Fatal;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {snapshot} ({new FileInfo(snapshot).Length / 1024} KiB)"));
        return ExitCode.Success;
    }
}
