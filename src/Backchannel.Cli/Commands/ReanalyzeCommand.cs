using System.CommandLine;
using Backchannel.Cli.Analyze;
using Backchannel.Cli.Options;
using Backchannel.Errors;
using Backchannel.Storage;

namespace Backchannel.Cli.Commands;

/// <summary>
/// <c>backchannel reanalyze [--db FILE]</c>: re-annotates the stored documents an older pipeline annotated (a stage
/// added or changed, a model retrained since), from their stored text, so an old store gains the new stages.
/// </summary>
internal static class ReanalyzeCommand
{
    public static Command Create()
    {
        var db = new Option<string>("--db") { Description = "SQLite store to bring up to date.", DefaultValueFactory = _ => "backchannel.db" };
        var batch = new Option<int>("--batch-size") { Description = "Documents re-annotated per transaction.", DefaultValueFactory = _ => 64 };
        var parallelism = new Option<int>("--parallelism") { Description = "Documents analysed at once (default: one per core)." };
        var lockTimeout = StoreOptions.LockTimeout();
        var command = new Command("reanalyze", "Re-annotate the stored documents an older pipeline annotated.") { db, batch, parallelism, lockTimeout };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var terminal = GlobalOptions.TerminalFor(parseResult);
            var path = parseResult.GetValue(db)!;
            if (!StoreOptions.TryGetLockTimeout(parseResult, lockTimeout, terminal, out var timeout))
            {
                return ExitCode.Usage;
            }

            if (parseResult.GetValue(batch) < 1)
            {
                terminal.Problem(new BackchannelError(ErrorCode.BadOption, "--batch-size must be at least 1.", Hint: "See 'backchannel reanalyze --help'."));
                return ExitCode.Usage;
            }

            if (!File.Exists(path))
            {
                terminal.Problem(new BackchannelError(ErrorCode.PathNotFound, "No store here.", path, "Run 'backchannel analyze' first, or point --db at an existing store."));
                return ExitCode.Usage;
            }

            using var store = DocumentStore.Open(path, TimeProvider.System, timeout);
            var runner = new ReanalyzeRunner(terminal)
            {
                BatchSize = parseResult.GetValue(batch),
                Parallelism = Math.Max(0, parseResult.GetValue(parallelism)),
            };
            return await runner.RunAsync(store, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }
}
