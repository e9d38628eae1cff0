using System.Globalization;
using Backchannel.Corpus;
using Backchannel.Linking;
using Backchannel.Reporting.Sections;

namespace Backchannel.Reporting.Html.Pages;

/// <summary>
/// A document's page: its metadata, its flags, and its text with names, dates, numbers and links to actors marked.
/// Hovering a link shows why the linker chose the actor; clicking it shows the same in a panel.
/// </summary>
internal static class DocumentPageWriter
{
    private static readonly (string Class, string Label)[] Legend =
    [
        ("t-PER", "person"), ("t-ORG", "organisation"), ("t-GPE", "place"), ("t-NORP", "group, other name"),
        ("t-DATE", "date or time"), ("t-CARDINAL", "number"), ("ln", "linked to an actor (click for why)"),
        ("flag-sentence", "flagged sentence"),
    ];

    /// <param name="html">The page being written.</param>
    /// <param name="document">The document.</param>
    /// <param name="backLink">Where "back to the report" leads.</param>
    /// <param name="alone">True when the page is a file of its own (always shown).</param>
    public static void Write(HtmlWriter html, StoredDocument document, string backLink, bool alone)
    {
        var meta = document.Metadata;
        var scope = html.Scope;
        var flags = scope.FlagsIn(document.Id).ToList();
        html.Open("article", alone ? "doc-page alone" : "doc-page", ("id", DocumentLinks.PageId(document.Id)))
            .Open("p", "back").Element("a", "← Back to the report", null, ("href", backLink)).Close("p")
            .Element("h1", string.IsNullOrWhiteSpace(meta.Title) ? "(untitled)" : meta.Title)
            .Element("p", MetaLine(document), "meta");
        if (flags.Count > 0)
        {
            html.Element("h2", flags.Count == 1 ? "1 flag" : $"{flags.Count} flags").Open("ol", "flags");
            foreach (var flag in flags)
            {
                FlagWriter.Write(html, flag, document, "#" + flag.SentenceAnchor, null, onItsPage: true);
            }

            html.Close("ol");
        }

        html.Open("div", "legend");
        foreach (var (cssClass, label) in Legend)
        {
            html.Element("span", label, cssClass == "ln" || cssClass == "flag-sentence" ? cssClass : "e " + cssClass);
        }

        html.Close("div").Open("div", "doc-text");
        MarkedText.Write(html, document.Text, Marks(scope, document.Id, flags));
        html.Close("div")
            .Element("div", "", "link-info", ("hidden", ""), ("role", "status"));
        WriteActors(html, scope, document.Id);
        html.Close("article");
    }

    private static string MetaLine(StoredDocument document)
    {
        var meta = document.Metadata;
        var parts = new List<string>();
        if (meta.Source is { Length: > 0 } source)
        {
            parts.Add(source);
        }

        if (meta.Author is { Length: > 0 } author)
        {
            parts.Add("by " + author);
        }

        parts.Add(meta.Published is { } published
            ? published.ToString(meta.PublishedHasTime ? "yyyy-MM-dd HH:mm zzz" : "yyyy-MM-dd", CultureInfo.InvariantCulture)
                + (meta.PublishedOrigin == Documents.PublishedOrigin.Metadata ? "" : $" ({DocumentsSection.OriginName(meta.PublishedOrigin)})")
            : "undated");
        if (meta.Path is { Length: > 0 } path)
        {
            parts.Add(path);
        }

        parts.Add(document.Id);
        return string.Join(" · ", parts);
    }

    private static List<TextMark> Marks(ReportScope scope, string documentId, List<ReportFlag> flags)
    {
        var marks = new List<TextMark>();
        foreach (var flag in flags)
        {
            marks.Add(new TextMark(flag.SentenceStart, flag.SentenceEnd, 0, "span", "flag-sentence", null, flag.SentenceAnchor));
            marks.Add(new TextMark(flag.ClaimStart, flag.ClaimEnd, 1, "mark", "claim", flag.Summary));
        }

        // Marks come from the report's mention layers (names, dates, numbers …) and its links layer, whatever stages
        // brought them: each layer's codec says whether it is a name and what a value reads as.
        var annotations = scope.AnnotationsOf(documentId).ToList();
        var linkLayer = scope.Codec<LinkCodec>()?.Layer;
        var links = new Dictionary<(int, int), Annotation>();
        foreach (var link in annotations.Where(a => a.Layer == linkLayer))
        {
            links.TryAdd((link.Start, link.End), link);
        }

        var named = new HashSet<(int, int)>();
        foreach (var a in annotations)
        {
            switch (scope.MentionLayer(a.Layer))
            {
                case { Kind: MentionKind.Name }:
                    named.Add((a.Start, a.End));
                    marks.Add(links.TryGetValue((a.Start, a.End), out var link)
                        ? LinkMark(scope, a.Label ?? "NAME", link)
                        : new TextMark(a.Start, a.End, 2, "span", "e t-" + a.Label, a.Label));
                    break;
                case { Kind: MentionKind.Value } codec:
                    var value = a.DataJson is null ? null : codec.Describe(a);
                    marks.Add(new TextMark(a.Start, a.End, 3, "span", "e t-" + a.Label, value is null ? a.Label : $"{a.Label} {value}"));
                    break;
                case null when scope.MarkedLayer(a.Layer) is { } marked:
                    marks.Add(new TextMark(a.Start, a.End, 1, "span", marked.MarkClass, marked.MarkTitle(a), marked.MarkAnchor(a)));
                    break;
            }
        }

        foreach (var (span, link) in links)
        {
            if (!named.Contains(span))
            {
                marks.Add(LinkMark(scope, "ACTOR", link));
            }
        }

        return marks;
    }

    // The tooltip says who the actor is and why the linker chose it, in the linker's own words.
    private static TextMark LinkMark(ReportScope scope, string type, Annotation link)
    {
        var data = scope.LinkOf(link);
        var confidence = data.Confidence is { } c ? $" (confidence {c.ToString("0.##", CultureInfo.InvariantCulture)})" : "";
        var who = data.IsKnown ? $"{scope.ActorName(data.Entity!)} [{data.Entity}]" : $"someone the record does not know [{data.Entity}]";
        var title = $"{type} linked by {link.Label ?? "name"} to {who}. Why: {data.Reason}{confidence}.";
        if (data.TitleCheck is { } check)
        {
            title += $" Title next to the name {check} with the record.";
        }

        return new TextMark(link.Start, link.End, 2, "span", $"e t-{type} ln{(data.IsKnown ? "" : " nil")}", title, null, Focusable: true);
    }

    private static void WriteActors(HtmlWriter html, ReportScope scope, string documentId)
    {
        var actors = scope.AnnotationsOf(documentId).Where(a => a.Layer == AnnotationLayers.Links)
            .Select(scope.LinkOf).Where(l => l.IsKnown)
            .GroupBy(l => l.Entity!, StringComparer.Ordinal)
            .Select(g => (Id: g.Key, Name: scope.ActorName(g.Key), Mentions: g.Count()))
            .OrderByDescending(a => a.Mentions).ThenBy(a => a.Name, StringComparer.Ordinal).ToList();
        if (actors.Count == 0)
        {
            return;
        }

        html.Element("h2", "Actors in this document").Open("ul", "doc-actors");
        foreach (var (id, name, mentions) in actors)
        {
            html.Open("li").Text(name).Text(" ").Element("span", id, "id").Text($" × {mentions}").Close("li");
        }

        html.Close("ul");
    }
}
