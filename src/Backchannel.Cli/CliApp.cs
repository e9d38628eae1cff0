using System.CommandLine;
using Backchannel.Cli.Commands;
using Backchannel.Diagnostics;
using Backchannel.Errors;

namespace Backchannel.Cli;

/// <summary>Builds the command tree and turns every failure into a coded message and an exit code.</summary>
internal static class CliApp
{
    public static RootCommand CreateRoot()
    {
        var root = new RootCommand("Backchannel turns reporting on diplomacy into an evidence-linked record.")
        {
            GlobalOptions.Quiet,
            GlobalOptions.Verbose,
            AnalyzeCommand.Create(),
            SearchCommand.Create(),
            BenchCommand.Create(),
            TrainCommand.Create(),
            EvalCommand.Create(),
            Commands.Kb.KbCommand.Create(),
        };
        return root;
    }

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken = default)
    {
        LoadLog.Phase("main");
        var parseResult = CreateRoot().Parse(args);
        LoadLog.Phase("parsed");
        if (parseResult.Errors.Count > 0)
        {
            var terminal = new Terminal(quiet: false, verbose: false);
            var command = parseResult.CommandResult.Command;
            var usage = command is RootCommand ? "backchannel --help" : $"backchannel {command.Name} --help";
            foreach (var error in parseResult.Errors)
            {
                terminal.Problem(new BackchannelError(ErrorCode.BadOption, error.Message, Hint: $"Run '{usage}' for usage."));
            }

            return ExitCode.Usage;
        }

        try
        {
            return await parseResult.InvokeAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (BackchannelException ex)
        {
            new Terminal(quiet: false, verbose: false).Problem(ex.Error);
            return ExitCode.Fatal;
        }
    }
}
