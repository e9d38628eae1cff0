using System.CommandLine;
using System.Globalization;
using Backchannel.Errors;
using Backchannel.Storage;

namespace Backchannel.Cli.Options;

/// <summary>Options about the store that more than one command takes.</summary>
internal static class StoreOptions
{
    public static Option<double?> LockTimeout() => new("--lock-timeout")
    {
        Description = string.Create(CultureInfo.InvariantCulture,
            $"Seconds to wait for another process writing to the store before giving up with BC3003 (default {DocumentStore.DefaultLockTimeout.TotalSeconds:0})."),
    };

    /// <summary>Reads <c>--lock-timeout</c>; prints a usage error and returns false for a negative or absurd value.</summary>
    public static bool TryGetLockTimeout(ParseResult parseResult, Option<double?> option, Terminal terminal, out TimeSpan timeout)
    {
        timeout = DocumentStore.DefaultLockTimeout;
        if (parseResult.GetValue(option) is not { } seconds)
        {
            return true;
        }

        if (!(seconds >= 0 && seconds <= int.MaxValue / 1000.0))
        {
            terminal.Problem(new BackchannelError(ErrorCode.BadOption, "'--lock-timeout' must be a number of seconds, zero or more.", Hint: "Leave it out to wait 15 seconds."));
            return false;
        }

        timeout = TimeSpan.FromSeconds(seconds);
        return true;
    }
}
