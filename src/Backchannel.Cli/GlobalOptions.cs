using System.CommandLine;

namespace Backchannel.Cli;

/// <summary>Options every command accepts.</summary>
internal static class GlobalOptions
{
    public static readonly Option<bool> Quiet = new("--quiet", "-q")
    {
        Description = "Print only errors.",
        Recursive = true,
    };

    public static readonly Option<bool> Verbose = new("--verbose", "-v")
    {
        Description = "Print more: a line per document (analyze), each component's time and share after the timed passes (bench).",
        Recursive = true,
    };

    /// <summary>The terminal the parsed options ask for.</summary>
    public static Terminal TerminalFor(ParseResult parseResult)
        => new(parseResult.GetValue(Quiet), parseResult.GetValue(Verbose));
}
