using System.Reflection;
using Backchannel.Errors;
using Backchannel.Reporting;
using Backchannel.Storage;

namespace Backchannel.Cli.Analyze;

/// <summary>Writes the HTML and JSON outputs from a snapshot of the whole store, each atomically (temp file, then rename).</summary>
internal sealed class OutputWriter
{
    private readonly Terminal _terminal;

    public OutputWriter(Terminal terminal) => _terminal = terminal;

    public static string ToolVersion { get; } =
        typeof(OutputWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <summary>Where an output is written before it is renamed into place.</summary>
    public static string TempPath(string fullPath) => fullPath + ".tmp-" + Environment.ProcessId;

    /// <summary>Returns false when an output could not be written (the problem is printed).</summary>
    public bool WriteAll(DocumentStore store, RunSummary summary, AnalyzeSettings settings)
    {
        if (settings.ReportPath is null && settings.JsonPath is null)
        {
            return true;
        }

        var context = new ReportContext(store.Snapshot(), summary, ToolVersion);
        var report = DefaultReport.Create();
        var ok = true;
        if (settings.ReportPath is { } html)
        {
            ok &= Write(html, stream =>
            {
                using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false));
                report.WriteHtml(writer, context);
            });
        }

        if (settings.JsonPath is { } json)
        {
            ok &= Write(json, stream => report.WriteJson(stream, context));
        }

        return ok;
    }

    private bool Write(string path, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        var temp = TempPath(full);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                write(stream);
            }

            File.Move(temp, full, overwrite: true);
            _terminal.Info($"Wrote [bold]{Terminal.Text(path)}[/]");
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
            _terminal.Problem(new BackchannelError(ErrorCode.OutputFailed, $"Could not write the output: {ex.Message}", path, "Check that the folder exists and is writable, or choose another path."));
            return false;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp file is harmless and named after our process.
        }
    }
}
