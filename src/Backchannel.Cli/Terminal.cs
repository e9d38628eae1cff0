using Backchannel.Errors;
using Spectre.Console;

namespace Backchannel.Cli;

/// <summary>
/// Where the CLI writes: results to stdout, problems to stderr, both honouring <c>--quiet</c> and <c>--verbose</c>.
/// Every article-derived string goes through <see cref="Text"/> before it reaches Spectre markup. A stream that is not
/// a terminal gets plain text (no escape codes, no wrapping); <c>NO_COLOR</c> asks for plain text on a terminal too.
/// </summary>
internal sealed class Terminal
{
    /// <summary>Line width given to streams that are not terminals: wide enough that nothing is wrapped.</summary>
    private const int UnwrappedWidth = 10_000;

    public Terminal(bool quiet, bool verbose, IAnsiConsole? output = null, IAnsiConsole? error = null)
    {
        Quiet = quiet;
        Verbose = verbose && !quiet;
        Out = output ?? Shared.Out;
        Err = error ?? Shared.Err;
    }

    public bool Quiet { get; }

    public bool Verbose { get; }

    public IAnsiConsole Out { get; }

    public IAnsiConsole Err { get; }

    /// <summary>True when a live progress bar makes sense: an interactive terminal and not quiet.</summary>
    public bool CanShowProgress => !Quiet && Out.Profile.Capabilities.Interactive && !Console.IsOutputRedirected;

    /// <summary>Text from outside, ready for markup: control characters shown as escapes, markup brackets escaped.</summary>
    public static string Text(string? text) => Markup.Escape(ControlCharacters.Show(text ?? ""));

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
        var where = error.Path is null ? "" : $"'{Text(error.Path)}': ";
        var hint = error.Hint is null ? "" : $" [dim]{Text(error.Hint)}[/]";
        Err.MarkupLine($"[{colour}]{error.Code}[/]: {where}{Text(error.Message)}{hint}");
    }

    /// <summary>The two process streams, set up once: Spectre's own detection, made plain where it is not a terminal.</summary>
    private static class Shared
    {
        public static readonly IAnsiConsole Out = Create(Console.Out, Console.IsOutputRedirected);

        public static readonly IAnsiConsole Err = Create(Console.Error, Console.IsErrorRedirected);

        private static IAnsiConsole Create(TextWriter writer, bool redirected)
        {
            var plain = redirected || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
            var console = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Ansi = plain ? AnsiSupport.No : AnsiSupport.Detect,
                ColorSystem = plain ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
                Interactive = redirected ? InteractionSupport.No : InteractionSupport.Detect,
                Out = new AnsiConsoleOutput(writer),
            });
            if (redirected)
            {
                console.Profile.Width = UnwrappedWidth;
            }

            return console;
        }
    }
}
