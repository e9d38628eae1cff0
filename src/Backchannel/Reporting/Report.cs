using System.Collections.Immutable;
using Backchannel.Corpus;
using Backchannel.Reporting.Html;
using Backchannel.Reporting.Json;

namespace Backchannel.Reporting;

/// <summary>A frozen set of sections that renders a <see cref="ReportContext"/> as JSON or as one self-contained HTML page.</summary>
public sealed class Report
{
    internal Report(ImmutableArray<IReportSection> sections, ImmutableArray<ILayerCodec> layers)
    {
        Sections = sections;
        Layers = layers;
    }

    /// <summary>Sections in display order.</summary>
    public ImmutableArray<IReportSection> Sections { get; }

    /// <summary>The codecs of the stored layers the sections read (handed to them in <see cref="ReportContext.Layers"/>).</summary>
    public ImmutableArray<ILayerCodec> Layers { get; }

    // The caller's context, with this report's layers: sections read stored rows only through these codecs.
    private ReportContext With(ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context with { Layers = Layers };
    }

    /// <summary>Writes the JSON contract (see docs/FORMATS.md) to <paramref name="output"/>.</summary>
    public void WriteJson(Stream output, ReportContext context) => JsonReportWriter.Write(output, Sections, With(context));

    /// <summary>
    /// Above this many documents the HTML report is a folder of pages rather than one file (see docs/FORMATS.md):
    /// one file holds every document's text, which past a few hundred articles makes it slow to open.
    /// </summary>
    public const int SingleFileLimit = 300;

    /// <summary>Writes the HTML report as one file, every document's page included, to <paramref name="output"/>.</summary>
    public void WriteHtml(TextWriter output, ReportContext context) => HtmlReportWriter.Write(output, Sections, With(context));

    /// <summary>
    /// Writes the HTML report as an index (to <paramref name="index"/>, saved as <paramref name="indexFileName"/>) and a
    /// page per document, each to the writer <paramref name="openPage"/> returns for a file name in
    /// <paramref name="folderName"/>, a folder beside the index.
    /// </summary>
    public void WriteHtmlFolder(TextWriter index, ReportContext context, string indexFileName, string folderName, Func<string, TextWriter> openPage) =>
        HtmlReportWriter.WriteFolder(index, Sections, With(context), indexFileName, folderName, openPage);

    /// <summary>
    /// The file that marks a folder of document pages as written by Backchannel: only such a folder is replaced, and a
    /// folder walk never reads one as articles.
    /// </summary>
    public const string PagesMarker = ".backchannel-report-pages";

    /// <summary>The folder beside <c>report.html</c> that holds its document pages: <c>report_files</c>.</summary>
    public static string PagesFolderName(string indexFileName) => Path.GetFileNameWithoutExtension(indexFileName) + "_files";
}
