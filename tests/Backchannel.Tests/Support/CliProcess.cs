using System.Diagnostics;

namespace Backchannel.Tests.Support;

/// <summary>Runs the real <c>backchannel</c> executable as a child process, as a user would.</summary>
internal static class CliProcess
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr)
    {
        public string All => Stdout + Stderr;
    }

    public static string Dll => typeof(Backchannel.Cli.CliApp).Assembly.Location;

    public static ProcessStartInfo StartInfo(string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add("exec");
        info.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        // Plain output: no colours or live widgets in captured streams.
        info.Environment["NO_COLOR"] = "1";
        info.Environment["TERM"] = "dumb";
        return info;
    }

    public static Result Run(string workingDirectory, params string[] args) => RunWithInput(workingDirectory, stdin: null, args);

    public static Result RunWithInput(string workingDirectory, string? stdin, params string[] args)
    {
        using var process = Process.Start(StartInfo(workingDirectory, args))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
        }

        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("backchannel did not finish: " + string.Join(' ', args));
        }

        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }
}
