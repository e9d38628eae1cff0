using System.Collections.Immutable;
using Backchannel.Reporting.Html.Pages;

namespace Backchannel.Reporting.Html;

/// <summary>
/// Renders the report: an index page (overview, flags, one folding section per report section, the last run) and a
/// page per document, either inside the index file (shown when the URL's fragment names it) or as files of their own
/// in a folder beside it. Every page is self-contained: inline CSS and JS, no network, a Content-Security-Policy that
/// allows only our own script.
/// </summary>
internal static class HtmlReportWriter
{
    /// <summary>Writes one file holding the index and every document's page.</summary>
    public static void Write(TextWriter output, ImmutableArray<IReportSection> sections, ReportContext context)
    {
        var scope = new ReportScope(context, sections.OfType<IRecordFacts>().FirstOrDefault(), DocumentLinks.SameFile);
        var html = new HtmlWriter(output, scope);
        WriteIndex(html, sections, context, pages: () =>
        {
            html.Open("div", "pages");
            foreach (var document in context.Corpus.Documents)
            {
                DocumentPageWriter.Write(html, document, "#sec-documents", alone: false);
            }

            html.Close("div");
        });
    }

    /// <summary>
    /// Writes the index to <paramref name="index"/> and each document's page to the writer <paramref name="openPage"/>
    /// returns for its file name; the pages are in <paramref name="folderName"/>, beside the index file
    /// <paramref name="indexFileName"/>.
    /// </summary>
    public static void WriteFolder(TextWriter index, ImmutableArray<IReportSection> sections, ReportContext context, string indexFileName, string folderName, Func<string, TextWriter> openPage)
    {
        var scope = new ReportScope(context, sections.OfType<IRecordFacts>().FirstOrDefault(), DocumentLinks.InFolder(folderName));
        WriteIndex(new HtmlWriter(index, scope), sections, context, pages: null);
        var back = "../" + Uri.EscapeDataString(indexFileName) + "#sec-documents";
        foreach (var document in context.Corpus.Documents)
        {
            using var output = openPage(DocumentLinks.FileName(document.Id));
            var html = new HtmlWriter(output, scope);
            PageShell.Open(html, string.IsNullOrWhiteSpace(document.Metadata.Title) ? document.Id : document.Metadata.Title);
            DocumentPageWriter.Write(html, document, back, alone: true);
            PageShell.Close(html, context);
        }
    }

    private static void WriteIndex(HtmlWriter html, ImmutableArray<IReportSection> sections, ReportContext context, Action? pages)
    {
        var documents = context.Corpus.Documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        PageShell.Open(html, $"Backchannel report — {context.Corpus.Documents.Length} documents");
        WriteHeader(html, sections, context);
        html.Open("main", "index");
        OverviewWriter.Write(html, context);
        FlagWriter.WriteSection(html, documents);
        foreach (var section in sections)
        {
            PageShell.OpenFold(html, "sec-" + section.JsonName, section.Title, section.OpenByDefault);
            section.WriteHtml(html, context);
            PageShell.CloseFold(html);
        }

        RunSummarySection.Write(html, context.Run);
        html.Close("main");
        pages?.Invoke();
        PageShell.Close(html, context);
    }

    private static void WriteHeader(HtmlWriter html, ImmutableArray<IReportSection> sections, ReportContext context)
    {
        html.Open("header", "top", ("id", "top"))
            .Element("h1", "Backchannel report")
            .Element("p", $"Everything in the store: {Tables.Count(context.Corpus.Documents.Length)} documents. Click a document's title for its text with names, dates and links marked.", "lede")
            .Open("nav").Open("ul");
        Nav(html, OverviewWriter.Id, "Overview");
        Nav(html, FlagWriter.Id, html.Scope.Flags.Count == 0 ? "Flags" : $"Flags ({html.Scope.Flags.Count})");
        foreach (var section in sections)
        {
            Nav(html, "sec-" + section.JsonName, section.Title);
        }

        Nav(html, RunSummarySection.Id, "Last run");
        html.Close("ul").Close("nav").Close("header");
    }

    private static void Nav(HtmlWriter html, string id, string title) =>
        html.Open("li").Element("a", title, null, ("href", "#" + id)).Close("li");
}
