using System.Globalization;
using System.Text.Json;
using Backchannel.Corpus;
using Backchannel.Linking;
using Backchannel.Reporting.Html;

namespace Backchannel.Reporting.Sections;

/// <summary>
/// The <c>entities</c> array: every mention of a named entity, date, time, duration, number or quantity, with its
/// offsets and normalised value; and an HTML table of the distinct ones with their counts.
/// </summary>
/// <remarks>
/// The section knows no stage: it lists the rows of every <see cref="IMentionLayer"/> in the report's layers, writes
/// their fields through their codec, and puts a link (the <see cref="LinkCodec"/> layer, when the report has one) on
/// the name it covers. A stage that adds a mention layer only registers its codec.
/// </remarks>
public sealed class EntitiesSection : IReportSection
{
    /// <summary>
    /// The fields every <c>entities</c> entry has (docs/FORMATS.md, entities); each layer's codec adds its own
    /// (a timex its value, mod and anchored …) and the <see cref="LinkCodec"/> those of the link.
    /// </summary>
    public static class Fields
    {
        /// <summary><c>{doc}-m{n}</c>, stable for a store.</summary>
        public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");

        /// <summary>The text as written.</summary>
        public static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");

        /// <summary>The row's label (PER, DATE, MONEY …), or ACTOR for a link that covers no name.</summary>
        public static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");

        /// <summary>The stored layer.</summary>
        public static readonly JsonEncodedText Layer = JsonEncodedText.Encode("layer");

        /// <summary>The document id.</summary>
        public static readonly JsonEncodedText Document = JsonEncodedText.Encode("doc");

        /// <summary>Offset of the first character (UTF-16).</summary>
        public static readonly JsonEncodedText Start = JsonEncodedText.Encode("start");

        /// <summary>Offset one past the last character.</summary>
        public static readonly JsonEncodedText End = JsonEncodedText.Encode("end");
    }

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
            writer.WriteString(Fields.Id, mention.Id);
            writer.WriteString(Fields.Text, mention.Text);
            writer.WriteString(Fields.Type, mention.Type);
            writer.WriteString(Fields.Layer, mention.Layer);
            writer.WriteString(Fields.Document, mention.DocumentId);
            writer.WriteNumber(Fields.Start, mention.Start);
            writer.WriteNumber(Fields.End, mention.End);
            if (mention.Codec is { } codec && mention.Row.DataJson is not null)
            {
                codec.WriteJsonFields(writer, mention.Row);
            }

            if (mention.Codec is null or { Kind: MentionKind.Name })
            {
                WriteLink(writer, mention.Link, context.Codec<LinkCodec>());
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
        var mentions = Mentions(context).Where(m => m.Codec is not null).ToList();
        if (mentions.Count == 0)
        {
            html.Element("p", "No entities, dates or numbers are stored yet.", "empty");
            return;
        }

        WriteNames(html, mentions.Where(m => m.Codec!.Kind == MentionKind.Name).ToList());
        WriteDatesAndNumbers(html, mentions.Where(m => m.Codec!.Kind == MentionKind.Value).ToList());
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

    /// <summary>The actor a mention is linked to (see docs/FORMATS.md): <c>entity</c>, <c>linkConfidence</c>, <c>linkReason</c>…</summary>
    private static void WriteLink(Utf8JsonWriter writer, Annotation? link, LinkCodec? codec)
    {
        if (link?.DataJson is null || codec is null)
        {
            LinkCodec.WriteUnlinked(writer);
            return;
        }

        codec.WriteJsonFields(writer, link);
    }

    private static IEnumerable<Mention> Mentions(ReportContext context)
    {
        var codecs = context.Layers.OfType<IMentionLayer>().ToDictionary(c => c.Layer, StringComparer.Ordinal);
        var linkLayer = context.Codec<LinkCodec>()?.Layer;
        var texts = context.Corpus.Documents.ToDictionary(d => d.Id, d => d.Text, StringComparer.Ordinal);
        var byDocument = context.Corpus.Annotations
            .Where(a => (codecs.ContainsKey(a.Annotation.Layer) || a.Annotation.Layer == linkLayer) && texts.ContainsKey(a.DocumentId))
            .GroupBy(a => a.DocumentId, StringComparer.Ordinal);
        foreach (var document in byDocument)
        {
            var text = texts[document.Key];
            var n = 0;

            // A link over exactly a recognised name is reported on that name; other links (titles, descriptions) stand alone.
            var links = document.Where(a => a.Annotation.Layer == linkLayer)
                .GroupBy(a => (a.Annotation.Start, a.Annotation.End))
                .ToDictionary(g => g.Key, g => g.First().Annotation);
            var linked = document.Where(a => codecs.TryGetValue(a.Annotation.Layer, out var c) && c.Kind == MentionKind.Name)
                .Select(a => (a.Annotation.Start, a.Annotation.End))
                .Where(links.ContainsKey)
                .ToHashSet();
            foreach (var stored in document.OrderBy(a => a.Annotation.Start).ThenBy(a => a.Annotation.End))
            {
                var a = stored.Annotation;
                var span = (a.Start, a.End);
                var isLink = a.Layer == linkLayer;
                if (isLink && linked.Contains(span))
                {
                    continue;
                }

                var end = Math.Min(a.End, text.Length);
                var start = Math.Min(a.Start, end);
                var codec = isLink ? null : codecs[a.Layer];
                yield return new Mention(
                    $"{document.Key}-m{++n}",
                    text[start..end],
                    isLink ? "ACTOR" : a.Label ?? a.Layer,
                    a.Layer,
                    document.Key,
                    a.Start,
                    a.End,
                    a,
                    codec,
                    isLink ? a : links.GetValueOrDefault(span));
            }
        }
    }

    // Codec is the mention layer's codec; null for a link that covers no name (an ACTOR entry).
    private sealed record Mention(string Id, string Text, string Type, string Layer, string DocumentId, int Start, int End, Annotation Row, IMentionLayer? Codec, Annotation? Link)
    {
        /// <summary>The normalised value a person reads: TIMEX3 value (with mod) or a quantity's value and unit.</summary>
        public string? Value => Codec is not null && Row.DataJson is not null ? Codec.Describe(Row) : null;
    }
}
