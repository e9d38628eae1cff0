using Backchannel.Corpus;

namespace Backchannel.Reporting.Html;

/// <summary>
/// Writes flags: the sentence with the claim marked, what the text says against what the record says, the record's
/// facts and sources, and a link to the sentence in its document.
/// </summary>
internal static class FlagWriter
{
    public const string Id = "sec-flags";

    /// <summary>The index's flags section.</summary>
    public static void WriteSection(HtmlWriter html, IReadOnlyDictionary<string, StoredDocument> documents)
    {
        var flags = html.Scope.Flags;
        PageShell.OpenFold(html, Id, "Flags: claims that disagree with the record", open: true,
            hint: flags.Count == 0 ? "none" : $"{flags.Count} to check");
        if (flags.Count == 0)
        {
            html.Element("p", "No title in the text disagrees with the record on the document's date.", "empty");
        }
        else
        {
            html.Open("ol", "flags");
            foreach (var flag in flags)
            {
                if (documents.TryGetValue(flag.DocumentId, out var document))
                {
                    Write(html, flag, document, html.Scope.Links.At(flag.DocumentId, flag.SentenceAnchor), flag.IndexAnchor);
                }
            }

            html.Close("ol");
        }

        PageShell.CloseFold(html);
    }

    /// <summary>
    /// One flag as a list item; <paramref name="sentenceLink"/> leads to the sentence in its document. On the index the
    /// link names the document (<paramref name="onItsPage"/> false); on the document's own page it points down to the text.
    /// </summary>
    public static void Write(HtmlWriter html, ReportFlag flag, StoredDocument document, string sentenceLink, string? id, bool onItsPage = false)
    {
        var text = document.Text;
        var sentenceEnd = Math.Clamp(flag.SentenceEnd, 0, text.Length);
        var sentenceStart = Math.Clamp(flag.SentenceStart, 0, sentenceEnd);
        var claimStart = Math.Clamp(flag.ClaimStart, sentenceStart, sentenceEnd);
        var claimEnd = Math.Clamp(flag.ClaimEnd, claimStart, sentenceEnd);
        html.Open("li", null, ("id", id))
            .Element("div", flag.Summary, "summary")
            .Open("blockquote")
            .Text(text[sentenceStart..claimStart]).Element("mark", text[claimStart..claimEnd], "claim").Text(text[claimEnd..sentenceEnd])
            .Close("blockquote");
        if (flag.Facts.Count > 0)
        {
            html.Open("ul", "facts");
            foreach (var fact in flag.Facts)
            {
                html.Element("li", fact);
            }

            html.Close("ul");
        }

        if (flag.Citations.Count > 0)
        {
            html.Open("details", "citations").Element("summary", flag.Citations.Count == 1 ? "The record's source" : $"The record's {flag.Citations.Count} sources")
                .Open("ul");
            foreach (var citation in flag.Citations)
            {
                html.Element("li", citation);
            }

            html.Close("ul").Close("details");
        }

        if (onItsPage)
        {
            html.Open("div", "flag-doc").Element("a", "Show the sentence in the text ↓", null, ("href", sentenceLink)).Close("div").Close("li");
            return;
        }

        var title = string.IsNullOrWhiteSpace(document.Metadata.Title) ? document.Id : document.Metadata.Title;
        html.Open("div", "flag-doc").Text("In ").Element("a", title, null, ("href", sentenceLink))
            .Text(document.Metadata.Source is { Length: > 0 } source ? $" ({source})" : "")
            .Close("div")
            .Close("li");
    }
}
