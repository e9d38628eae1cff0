using System.Globalization;
using System.Text.Json;
using Backchannel.Corpus;
using Backchannel.Reporting.Html;

namespace Backchannel.Reporting.Sections;

/// <summary>
/// The <c>entities</c> array: every mention of a named entity, date, time, duration, number or quantity, with its
/// offsets and normalised value; and an HTML table of the distinct ones with their counts.
/// </summary>
public sealed class EntitiesSection : IReportSection
{
    private static readonly string[] Layers = [AnnotationLayers.Entities, AnnotationLayers.Timexes, AnnotationLayers.Quantities, AnnotationLayers.Links];

    /// <inheritdoc />
    public string JsonName => "entities";

    /// <inheritdoc />
    public string Title => "Names, dates and numbers";

    /// <inheritdoc />
    public void WriteJson(Utf8JsonWriter writer, ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(context);
        writer.WriteStartArray();
        foreach (var mention in Mentions(context))
        {
            writer.WriteStartObject();
            writer.WriteString("id", mention.Id);
            writer.WriteString("text", mention.Text);
            writer.WriteString("type", mention.Type);
            writer.WriteString("layer", mention.Layer);
            writer.WriteString("doc", mention.DocumentId);
            writer.WriteNumber("start", mention.Start);
            writer.WriteNumber("end", mention.End);
            if (mention.DataJson is { } data)
            {
                using var parsed = JsonDocument.Parse(data);
                foreach (var property in parsed.RootElement.EnumerateObject())
                {
                    property.WriteTo(writer);
                }
            }

            if (mention.Layer is AnnotationLayers.Entities or AnnotationLayers.Links)
            {
                WriteLink(writer, mention.Link);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <inheritdoc />
    public void WriteHtml(HtmlWriter html, ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(context);
        var mentions = Mentions(context).Where(m => m.Layer != AnnotationLayers.Links).ToList();
        if (mentions.Count == 0)
        {
            html.Element("p", "No entities, dates or numbers are stored yet.", "empty");
            return;
        }

        WriteNames(html, mentions.Where(m => m.Layer == AnnotationLayers.Entities).ToList());
        WriteDatesAndNumbers(html, mentions.Where(m => m.Layer != AnnotationLayers.Entities).ToList());
    }

    // Names: people, organisations, places and other names, most widely named first, with the actor they link to.
    private static void WriteNames(HtmlWriter html, List<Mention> mentions)
    {
        var scope = html.Scope;
        var groups = mentions.GroupBy(m => (m.Type, m.Text))
            .Select(g => (g.Key.Type, g.Key.Text, Mentions: g.Count(), Documents: DocumentCount(g), Actor: LinkedActor(scope, g)))
            .OrderByDescending(g => g.Documents).ThenByDescending(g => g.Mentions).ThenBy(g => g.Text, StringComparer.Ordinal)
            .ToList();
        var total = groups.Count;
        groups = groups.Take(Tables.MaxRows).ToList();
        html.Open("details", "sub", ("id", "names"), ("open", "")).Element("summary", $"Names ({Tables.Count(total)})");
        Tables.Truncated(html, "names", total, "found in the most documents");
        Tables.Open(html, "entities-table", "names", groups.Count, "Type", "Name", "Linked to", "Mentions", "Documents");
        for (var i = 0; i < groups.Count; i++)
        {
            var (type, text, count, documents, actor) = groups[i];
            Tables.Row(html, i)
                .Open("td").Element("span", type, "badge e t-" + type).Close("td")
                .Element("td", text)
                .Open("td");
            if (actor is not null)
            {
                html.Element("a", scope.ActorName(actor), null, ("href", "#actor-" + actor));
            }

            html.Close("td")
                .Element("td", count.ToString(CultureInfo.InvariantCulture), "num")
                .Element("td", documents.ToString(CultureInfo.InvariantCulture), "num")
                .Close("tr");
        }

        Tables.Close(html, "entities-table", groups.Count);
        html.Close("details");
    }

    // Dates and numbers, apart from names: one row per normalised value, with the ways the text wrote it.
    private static void WriteDatesAndNumbers(HtmlWriter html, List<Mention> mentions)
    {
        var groups = mentions.GroupBy(m => (m.Type, Value: m.Value ?? m.Text))
            .Select(g => (g.Key.Type, g.Key.Value, Forms: g.GroupBy(m => m.Text, StringComparer.Ordinal).OrderByDescending(f => f.Count()).Select(f => f.Key).Take(4).ToList(),
                Mentions: g.Count(), Documents: DocumentCount(g)))
            .OrderByDescending(g => g.Mentions).ThenBy(g => g.Type, StringComparer.Ordinal).ThenBy(g => g.Value, StringComparer.Ordinal)
            .ToList();
        var total = groups.Count;
        groups = groups.Take(Tables.MaxRows).ToList();
        html.Open("details", "sub", ("id", "dates-numbers"), ("open", "")).Element("summary", $"Dates and numbers ({Tables.Count(total)})");
        Tables.Truncated(html, "dates and numbers", total, "mentioned most");
        Tables.Open(html, "values-table", "dates and numbers", groups.Count, "Type", "Normalised", "As written", "Mentions", "Documents");
        for (var i = 0; i < groups.Count; i++)
        {
            var (type, value, forms, count, documents) = groups[i];
            Tables.Row(html, i)
                .Open("td").Element("span", type, "badge e t-" + type).Close("td")
                .Element("td", value, "code")
                .Element("td", string.Join(" · ", forms))
                .Element("td", count.ToString(CultureInfo.InvariantCulture), "num")
                .Element("td", documents.ToString(CultureInfo.InvariantCulture), "num")
                .Close("tr");
        }

        Tables.Close(html, "values-table", groups.Count);
        html.Close("details");
    }

    private static int DocumentCount(IEnumerable<Mention> mentions) => mentions.Select(m => m.DocumentId).Distinct(StringComparer.Ordinal).Count();

    // The record's actor most of a name's mentions link to, if any.
    private static string? LinkedActor(ReportScope scope, IEnumerable<Mention> mentions) =>
        mentions.Where(m => m.Link is not null).Select(m => scope.LinkOf(m.Link!)).Where(l => l.IsKnown)
            .GroupBy(l => l.Entity!, StringComparer.Ordinal).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();

    /// <summary>The actor a mention is linked to (see docs/FORMATS.md): <c>entity</c>, <c>linkConfidence</c>, <c>linkReason</c>.</summary>
    private static void WriteLink(Utf8JsonWriter writer, Annotation? link)
    {
        if (link?.DataJson is not { } data)
        {
            writer.WriteNull("entity");
            writer.WriteNull("linkConfidence");
            writer.WriteNull("linkReason");
            return;
        }

        using var parsed = JsonDocument.Parse(data);
        var root = parsed.RootElement;
        writer.WriteString("entity", root.TryGetProperty("entity", out var entity) ? entity.GetString() : null);
        if (root.TryGetProperty("confidence", out var confidence) && confidence.ValueKind == JsonValueKind.Number)
        {
            writer.WriteNumber("linkConfidence", confidence.GetDouble());
        }
        else
        {
            writer.WriteNull("linkConfidence");
        }

        writer.WriteString("linkReason", root.TryGetProperty("reason", out var reason) ? reason.GetString() : null);
        writer.WriteString("linkKind", link.Label);
        if (root.TryGetProperty("titleCheck", out var check))
        {
            writer.WriteString("titleCheck", check.GetString());
            writer.WriteString("titlePosition", root.TryGetProperty("titlePosition", out var position) ? position.GetString() : null);
            writer.WriteString("titleDetail", root.TryGetProperty("titleDetail", out var detail) ? detail.GetString() : null);
        }
    }

    private static IEnumerable<Mention> Mentions(ReportContext context)
    {
        var texts = context.Corpus.Documents.ToDictionary(d => d.Id, d => d.Text, StringComparer.Ordinal);
        var byDocument = context.Corpus.Annotations
            .Where(a => Array.IndexOf(Layers, a.Annotation.Layer) >= 0 && texts.ContainsKey(a.DocumentId))
            .GroupBy(a => a.DocumentId, StringComparer.Ordinal);
        foreach (var document in byDocument)
        {
            var text = texts[document.Key];
            var n = 0;

            // A link over exactly a recognised mention is reported on that mention; other links (titles, descriptions) stand alone.
            var links = document.Where(a => a.Annotation.Layer == AnnotationLayers.Links)
                .GroupBy(a => (a.Annotation.Start, a.Annotation.End))
                .ToDictionary(g => g.Key, g => g.First().Annotation);
            var linked = document.Where(a => a.Annotation.Layer == AnnotationLayers.Entities)
                .Select(a => (a.Annotation.Start, a.Annotation.End))
                .Where(links.ContainsKey)
                .ToHashSet();
            foreach (var stored in document.OrderBy(a => a.Annotation.Start).ThenBy(a => a.Annotation.End))
            {
                var a = stored.Annotation;
                var span = (a.Start, a.End);
                if (a.Layer == AnnotationLayers.Links && linked.Contains(span))
                {
                    continue;
                }

                var end = Math.Min(a.End, text.Length);
                var start = Math.Min(a.Start, end);
                yield return new Mention(
                    $"{document.Key}-m{++n}",
                    text[start..end],
                    a.Layer == AnnotationLayers.Links ? "ACTOR" : a.Label ?? a.Layer,
                    a.Layer,
                    document.Key,
                    a.Start,
                    a.End,
                    a.Layer == AnnotationLayers.Links ? null : a.DataJson,
                    a.Layer == AnnotationLayers.Links ? a : links.GetValueOrDefault(span));
            }
        }
    }

    private sealed record Mention(string Id, string Text, string Type, string Layer, string DocumentId, int Start, int End, string? DataJson, Annotation? Link)
    {
        /// <summary>The normalised value a person reads: TIMEX3 value (with mod) or a quantity's value and unit.</summary>
        public string? Value => DataJson is null ? null : NormalisedValue.Describe(DataJson);
    }
}
