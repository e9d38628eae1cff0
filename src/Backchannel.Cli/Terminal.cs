using Backchannel.Errors;
using Spectre.Console;

namespace Backchannel.Cli;

/// <summary>
/// Where the CLI writes: results to stdout, problems to stderr, both honouring <c>--quiet</c> and <c>--verbose</c>.
/// Every article-derived string is escaped before it reaches Spectre markup.
/// </summary>
internal sealed class Terminal
{
    public Terminal(bool quiet, bool verbose, IAnsiConsole? output = null, IAnsiConsole? error = null)
    {
        Quiet = quiet;
        Verbose = verbose && !quiet;
        Out = output ?? AnsiConsole.Console;
        Err = error ?? AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
    }

    public bool Quiet { get; }

    public bool Verbose { get; }

    public IAnsiConsole Out { get; }

    public IAnsiConsole Err { get; }

    /// <summary>True when a live progress bar makes sense: an interactive terminal and not quiet.</summary>
    public bool CanShowProgress => !Quiet && Out.Profile.Capabilities.Interactive && !Console.IsOutputRedirected;

    public void Info(string markup)
    {
        if (!Quiet)
        {
            Out.MarkupLine(markup);
        }
    }

    public void Detail(string markup)
    {
        if (Verbose)
        {
            Out.MarkupLine(markup);
        }
    }

    public void Problem(BackchannelError error)
    {
        if (error.IsWarning && Quiet)
        {
            return;
        }

        var colour = error.IsWarning ? "yellow" : "red";
        var where = error.Path is null ? "" : $"'{Markup.Escape(error.Path)}': ";
        var hint = error.Hint is null ? "" : $" [dim]{Markup.Escape(error.Hint)}[/]";
        Err.MarkupLine($"[{colour}]{error.Code}[/]: {where}{Markup.Escape(error.Message)}{hint}");
    }
}
