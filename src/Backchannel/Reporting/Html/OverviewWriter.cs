using System.Globalization;
using Backchannel.Corpus;

namespace Backchannel.Reporting.Html;

/// <summary>
/// The first thing a reader sees: how much is in the store, from which sources and dates, the actors named most
/// widely, and the flags to check. Every figure is the store's, except the one line that says it is the last run's.
/// </summary>
internal static class OverviewWriter
{
    public const string Id = "sec-overview";
    private const int TopCount = 10;

    private static readonly HashSet<string> NameTypes = ["PER", "ORG", "GPE", "LOC", "NORP", "MISC"];

    public static void Write(HtmlWriter html, ReportContext context)
    {
        var scope = html.Scope;
        var documents = context.Corpus.Documents;
        var sources = documents.Select(d => d.Metadata.Source).Where(s => !string.IsNullOrWhiteSpace(s))
            .GroupBy(s => s!, StringComparer.Ordinal).Select(g => (Name: g.Key, Count: g.Count()))
            .OrderByDescending(s => s.Count).ThenBy(s => s.Name, StringComparer.Ordinal).ToList();
        var dates = documents.Where(d => d.Metadata.Published is not null).Select(d => d.Metadata.Published!.Value).ToList();
        var undated = documents.Length - dates.Count;
        var names = context.Corpus.Layer(AnnotationLayers.Entities).Where(a => a.Annotation.Label is { } label && NameTypes.Contains(label))
            .Select(a => (a.Annotation.Label, Text: Surface(scope, a))).Distinct().Count();
        var actors = TopActors(context, scope);

        PageShell.OpenFold(html, Id, "Overview", open: true, hint: "the whole store");
        html.Open("dl", "stats");
        Stat(html, "Documents", Tables.Count(documents.Length));
        Stat(html, "Sources", sources.Count == 0 ? "none given" : Tables.Count(sources.Count));
        Stat(html, "Published", dates.Count == 0 ? "no dates" : Range(dates));
        if (undated > 0)
        {
            Stat(html, "Undated", Tables.Count(undated));
        }

        Stat(html, "Distinct names", Tables.Count(names));
        Stat(html, "Actors in the record", Tables.Count(actors.Count));
        Stat(html, "Flags to check", Tables.Count(scope.Flags.Count), scope.Flags.Count > 0 ? "alert" : null, scope.Flags.Count > 0 ? "#" + FlagWriter.Id : null);
        html.Close("dl").Open("div", "overview");

        if (actors.Count == 0)
        {
            html.Element("p", "No mention is linked to an actor in the record yet.", "empty");
        }
        else
        {
            TopList(html, "People named in the most documents", actors.Where(a => scope.IsPerson(a.Id)));
            TopList(html, "Countries and organisations named in the most documents", actors.Where(a => !scope.IsPerson(a.Id)));
        }

        if (sources.Count > 0)
        {
            html.Open("div").Element("h3", "Sources").Open("ol");
            foreach (var (name, count) in sources.Take(TopCount))
            {
                html.Open("li").Text(name).Text(" ").Element("span", Plural(count, "document"), "n").Close("li");
            }

            html.Close("ol");
            if (sources.Count > TopCount)
            {
                html.Element("p", $"and {sources.Count - TopCount} more", "n");
            }

            html.Close("div");
        }

        html.Close("div")
            .Element("p", RunSummarySection.Line(context.Run), "run-note");
        PageShell.CloseFold(html);
    }

    private static void TopList(HtmlWriter html, string title, IEnumerable<(string Id, string Name, int Documents, int Mentions)> actors)
    {
        html.Open("div").Element("h3", title).Open("ol");
        foreach (var actor in actors.Take(TopCount))
        {
            html.Open("li").Element("a", actor.Name, null, ("href", "#actor-" + actor.Id))
                .Text(" ").Element("span", $"{Plural(actor.Documents, "document")}, {Plural(actor.Mentions, "mention")}", "n").Close("li");
        }

        html.Close("ol").Close("div");
    }

    /// <summary>Knowledge-base actors by the number of documents that name them, then mentions.</summary>
    public static List<(string Id, string Name, int Documents, int Mentions)> TopActors(ReportContext context, ReportScope scope) =>
        context.Corpus.Layer(AnnotationLayers.Links)
            .Select(a => (a.DocumentId, Link: scope.LinkOf(a.Annotation)))
            .Where(l => l.Link.IsKnown)
            .GroupBy(l => l.Link.Entity!, StringComparer.Ordinal)
            .Select(g => (Id: g.Key, Name: scope.ActorName(g.Key), Documents: g.Select(l => l.DocumentId).Distinct(StringComparer.Ordinal).Count(), Mentions: g.Count()))
            .OrderByDescending(a => a.Documents).ThenByDescending(a => a.Mentions).ThenBy(a => a.Name, StringComparer.Ordinal)
            .ToList();

    private static string Surface(ReportScope scope, StoredAnnotation a)
    {
        var text = scope.TextOf(a.DocumentId);
        var end = Math.Min(a.Annotation.End, text.Length);
        return text[Math.Min(a.Annotation.Start, end)..end];
    }

    private static string Range(List<DateTimeOffset> dates)
    {
        var first = dates.Min().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var last = dates.Max().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return first == last ? first : $"{first} to {last}";
    }

    private static string Plural(int n, string noun) => n == 1 ? $"1 {noun}" : $"{Tables.Count(n)} {noun}s";

    private static void Stat(HtmlWriter html, string label, string value, string? cssClass = null, string? link = null)
    {
        html.Open("div", cssClass).Element("dt", label).Open("dd");
        if (link is null)
        {
            html.Text(value);
        }
        else
        {
            html.Element("a", value, null, ("href", link));
        }

        html.Close("dd").Close("div");
    }
}
