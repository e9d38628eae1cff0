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
        Description = "Print a line per document and every warning in full.",
        Recursive = true,
    };

    /// <summary>The terminal the parsed options ask for.</summary>
    public static Terminal TerminalFor(ParseResult parseResult)
        => new(parseResult.GetValue(Quiet), parseResult.GetValue(Verbose));
}
