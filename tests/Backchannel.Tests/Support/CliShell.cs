using System.Diagnostics;

namespace Backchannel.Tests.Support;

/// <summary>
/// Runs the real <c>backchannel</c> under conditions <see cref="CliProcess"/> does not set up: a shell line (closed
/// standard input, resource limits), a pseudo-terminal, or an environment with colour allowed.
/// </summary>
internal static class CliShell
{
    /// <summary>The command line that starts the CLI, quoted for <c>sh</c>.</summary>
    public static string Command(params string[] args)
        => string.Join(' ', new[] { "dotnet", "exec", CliProcess.Dll }.Concat(args).Select(Quote));

    /// <summary>Runs <paramref name="shellLine"/> with <c>sh -c</c> in <paramref name="workingDirectory"/>.</summary>
    public static CliProcess.Result Sh(string workingDirectory, string shellLine, IReadOnlyDictionary<string, string>? environment = null, TimeSpan? timeout = null)
    {
        var info = new ProcessStartInfo("sh")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(shellLine);
        info.Environment.Remove("NO_COLOR");
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        return Run(info, timeout ?? TimeSpan.FromMinutes(3));
    }

    /// <summary>Runs the CLI with standard output and error on a pseudo-terminal (util-linux <c>script</c>); returns what the terminal showed.</summary>
    public static CliProcess.Result OnTerminal(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
        => Sh(workingDirectory, "script -qec " + Quote(Command(args)) + " /dev/null", environment);

    public static bool HasScript => File.Exists("/usr/bin/script");

    public static string Quote(string value) => "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static CliProcess.Result Run(ProcessStartInfo info, TimeSpan timeout)
    {
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardInput.Close();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("did not finish in " + timeout + ": " + string.Join(' ', info.ArgumentList));
        }

        return new CliProcess.Result(process.ExitCode, stdout.Result, stderr.Result);
    }
}
