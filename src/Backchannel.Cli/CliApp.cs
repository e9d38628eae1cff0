using System.CommandLine;
using System.Globalization;
using System.Runtime.InteropServices;
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
            ReanalyzeCommand.Create(),
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
            foreach (var error in ParseErrors.Describe(parseResult))
            {
                terminal.Problem(error);
            }

            return ExitCode.Usage;
        }

        // Our own handlers, not System.CommandLine's: its exception handler prints a stack trace and exits 1 (a usage
        // error by our codes), and its termination handler gives up on the command after two seconds, before an
        // interrupted run is recorded as such.
        using var interrupted = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var sigint = Register(PosixSignal.SIGINT, interrupted);
        using var sigterm = Register(PosixSignal.SIGTERM, interrupted);
        var configuration = new InvocationConfiguration { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };
        try
        {
            var invocation = parseResult.InvokeAsync(configuration, interrupted.Token);
            var givenUp = GiveUpAfterInterruptAsync(interrupted.Token);
            if (await Task.WhenAny(invocation, givenUp).ConfigureAwait(false) != invocation)
            {
                new Terminal(quiet: false, verbose: false).Problem(new BackchannelError(ErrorCode.Interrupted,
                    string.Create(CultureInfo.InvariantCulture, $"Interrupted; the command did not stop within {InterruptGrace.TotalSeconds:0} seconds, so it was ended."),
                    Hint: "Run the same command again; an analysis adds only what it had not stored."));
                return ExitCode.Fatal;
            }

            return await invocation.ConfigureAwait(false);
        }
        catch (BackchannelException ex)
        {
            new Terminal(quiet: false, verbose: false).Problem(ex.Error);
            return ExitCode.Fatal;
        }
        catch (OperationCanceledException) when (interrupted.IsCancellationRequested)
        {
            new Terminal(quiet: false, verbose: false).Problem(new BackchannelError(ErrorCode.Interrupted, "Interrupted.", Hint: "Run the same command again."));
            return ExitCode.Fatal;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            var terminal = new Terminal(quiet: false, verbose: parseResult.GetValue(GlobalOptions.Verbose));
            terminal.Problem(new BackchannelError(ErrorCode.Internal, $"Unexpected failure ({ex.GetType().Name}: {ex.Message}).",
                Hint: "This is a bug in Backchannel; please report it with the command line" + (terminal.Verbose ? ". Details follow." : ", and run it again with --verbose for details.")));
            if (terminal.Verbose)
            {
                Console.Error.WriteLine(ex.ToString());
            }

            return ExitCode.Fatal;
        }
    }

    /// <summary>How long a command may take to stop after Ctrl+C or SIGTERM before the process ends without it.</summary>
    private static readonly TimeSpan InterruptGrace = TimeSpan.FromSeconds(30);

    /// <summary>Completes <see cref="InterruptGrace"/> after <paramref name="interrupted"/> fires; never if it does not.</summary>
    private static async Task GiveUpAfterInterruptAsync(CancellationToken interrupted)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, interrupted).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            await Task.Delay(InterruptGrace, CancellationToken.None).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The first signal cancels the command, which then stops cleanly (an analysis records its run as interrupted); a
    /// second one is left to the system, so a command that does not stop can still be ended at once.
    /// </summary>
    private static PosixSignalRegistration? Register(PosixSignal signal, CancellationTokenSource cancellation)
    {
        try
        {
            return PosixSignalRegistration.Create(signal, context =>
            {
                if (!cancellation.IsCancellationRequested)
                {
                    context.Cancel = true;
                    cancellation.Cancel();
                }
            });
        }
        catch (PlatformNotSupportedException)
        {
            return null;
        }
    }
}
