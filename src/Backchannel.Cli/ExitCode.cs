namespace Backchannel.Cli;

/// <summary>Process exit codes; documented in the README and relied on by scripts.</summary>
internal static class ExitCode
{
    /// <summary>Everything succeeded (warnings allowed).</summary>
    public const int Success = 0;

    /// <summary>The command line was wrong; nothing was done.</summary>
    public const int Usage = 1;

    /// <summary>Some inputs failed; the others were stored.</summary>
    public const int PartialFailure = 2;

    /// <summary>The run could not go on (store unusable, output unwritable, interrupted, bug).</summary>
    public const int Fatal = 3;
}
