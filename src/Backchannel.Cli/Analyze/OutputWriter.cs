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
            if (context.Corpus.Documents.Length > Report.SingleFileLimit)
            {
                ok &= WriteFolder(html, report, context);
            }
            else if (Write(html, stream =>
                {
                    using var writer = new StreamWriter(stream, Utf8);
                    report.WriteHtml(writer, context);
                }))
            {
                RemoveStalePages(html);
            }
            else
            {
                ok = false;
            }
        }

        if (settings.JsonPath is { } json)
        {
            ok &= Write(json, stream => report.WriteJson(stream, context));
        }

        return ok;
    }

    private static readonly System.Text.UTF8Encoding Utf8 = new(false);

    // Marks a folder of pages as ours, so a later run may replace or remove it; a folder without it is never touched.
    private const string PagesMarker = Report.PagesMarker;

    /// <summary>
    /// A large store's report: the index at <paramref name="path"/> and a page per document in <c>NAME_files/</c>
    /// beside it. The pages are written to a temporary folder first and swapped in before the index is replaced.
    /// </summary>
    private bool WriteFolder(string path, Report report, ReportContext context)
    {
        var full = Path.GetFullPath(path);
        var folder = PagesFolder(full);
        var folderName = Path.GetFileName(folder);
        var temp = folder + ".tmp-" + Environment.ProcessId;
        try
        {
            if (Directory.Exists(folder) && !File.Exists(Path.Combine(folder, PagesMarker)))
            {
                _terminal.Problem(new BackchannelError(ErrorCode.OutputFailed, $"The report's pages go in '{folderName}', which exists and was not written by Backchannel.", path, "Move that folder away, or choose another --report name."));
                return false;
            }

            Directory.CreateDirectory(temp);
            File.WriteAllText(Path.Combine(temp, PagesMarker), $"Pages of {Path.GetFileName(full)}, written by backchannel analyze; replaced on every run.\n");
            var ok = Write(path, stream =>
            {
                using var index = new StreamWriter(stream, Utf8);
                report.WriteHtmlFolder(index, context, Path.GetFileName(full), folderName, name => new StreamWriter(Path.Combine(temp, name), false, Utf8));
                index.Flush();
                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }

                Directory.Move(temp, folder);
            });
            TryDeleteFolder(temp);
            if (ok)
            {
                _terminal.Info($"Wrote {context.Corpus.Documents.Length} document pages to [bold]{Terminal.Text(folderName)}/[/] (more than {Report.SingleFileLimit} documents: one page each)");
            }

            return ok;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TryDeleteFolder(temp);
            _terminal.Problem(new BackchannelError(ErrorCode.OutputFailed, $"Could not write the report's pages: {ex.Message}", path, "Check that the folder exists and is writable, or choose another path."));
            return false;
        }
    }

    // A one-file report replaces a folder report: the folder of pages it leaves behind is ours to remove.
    private static void RemoveStalePages(string path)
    {
        var folder = PagesFolder(Path.GetFullPath(path));
        if (File.Exists(Path.Combine(folder, PagesMarker)))
        {
            TryDeleteFolder(folder);
        }
    }

    // The folder beside a report's index that holds its document pages.
    private static string PagesFolder(string fullIndexPath) =>
        Path.Combine(Path.GetDirectoryName(fullIndexPath)!, Report.PagesFolderName(Path.GetFileName(fullIndexPath)));

    private static void TryDeleteFolder(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Best effort: a leftover folder is named after our process or marked as ours.
        }
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
