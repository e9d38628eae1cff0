using System.Globalization;
using System.Text.Json;
using Backchannel.Corpus;
using Backchannel.Reporting;
using Backchannel.Reporting.Html;

namespace Backchannel.Quotes;

/// <summary>
/// The <c>quotes</c> array of <c>report.json</c> (every stored quote with its document, offsets, text and the fields
/// of <see cref="QuoteCodec"/>), and an HTML section of quotes grouped by speaker, each linking to its place on the
/// document's page. Unnamed sources are grouped by their description and marked anonymous; quotes the text gives to
/// no one are listed last as unattributed.
/// </summary>
public sealed class QuotesSection : IReportSection
{
    /// <summary>The fields every <c>quotes</c> entry has besides the codec's (docs/FORMATS.md, quotes).</summary>
    public static class Fields
    {
        /// <summary><c>{doc}-q{n}</c>, stable for a store.</summary>
        public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");

        /// <summary>The document id.</summary>
        public static readonly JsonEncodedText Document = JsonEncodedText.Encode("doc");

        /// <summary>Offset of the first character of the content.</summary>
        public static readonly JsonEncodedText Start = JsonEncodedText.Encode("start");

        /// <summary>Offset one past its last character.</summary>
        public static readonly JsonEncodedText End = JsonEncodedText.Encode("end");

        /// <summary>The content as written (parts of an interrupted quote joined with " … ").</summary>
        public static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");

        /// <summary>The document's date (yyyy-MM-dd), when it has one: when the statement was reported.</summary>
        public static readonly JsonEncodedText Date = JsonEncodedText.Encode("date");
    }

    /// <inheritdoc />
    public string JsonName => "quotes";

    /// <inheritdoc />
    public string Title => "Who said what";

    /// <inheritdoc />
    public void WriteJson(Utf8JsonWriter writer, ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(context);
        writer.WriteStartArray();
        foreach (var (document, n, row, quote) in Quotes(context))
        {
            writer.WriteStartObject();
            writer.WriteString(Fields.Id, string.Create(CultureInfo.InvariantCulture, $"{document.Id}-q{n}"));
            writer.WriteString(Fields.Document, document.Id);
            writer.WriteNumber(Fields.Start, quote.Start);
            writer.WriteNumber(Fields.End, quote.End);
            writer.WriteString(Fields.Text, quote.Text);
            if (document.Metadata.Published is { } published)
            {
                writer.WriteString(Fields.Date, published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            context.Codec<QuoteCodec>()!.WriteJsonFields(writer, row);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <inheritdoc />
    public void WriteHtml(HtmlWriter html, ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(context);
        var quotes = Quotes(context).ToList();
        if (quotes.Count == 0)
        {
            html.Element("p", "No quotes or reported statements are stored yet.", "empty");
            return;
        }

        var groups = quotes.GroupBy(q => SpeakerKey(q.Quote), StringComparer.OrdinalIgnoreCase)
            .OrderBy(g => g.Key.Length == 0 ? 1 : 0)
            .ThenByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var total = groups.Count;
        html.Element("p", string.Create(CultureInfo.InvariantCulture, $"{quotes.Count} statements by {total} speakers; most quoted first."), "note");
        foreach (var group in groups.Take(Tables.MaxRows))
        {
            var first = group.First().Quote.Speaker;
            var heading = group.Key.Length == 0 ? "Unattributed" : first?.Anonymous == true ? $"{group.Key} (anonymous)" : group.Key;
            html.Open("details", "sub speaker").Element("summary", string.Create(CultureInfo.InvariantCulture, $"{heading} ({group.Count()})")).Open("ul", "quotes");
            foreach (var (document, _, _, quote) in group)
            {
                var link = html.Scope.Links.At(document.Id, QuoteCodec.Anchor(quote.Start, quote.End));
                var title = string.IsNullOrWhiteSpace(document.Metadata.Title) ? document.Id : document.Metadata.Title;
                html.Open("li", "quote-" + QuoteCodec.KindName(quote.Kind))
                    .Element("span", QuoteCodec.KindName(quote.Kind), "badge")
                    .Text(" ")
                    .Element("span", quote.Text, "qt") // as written, with its own quotation marks: a <q> would add a second pair
                    .Text(quote.Cue.Length > 0 ? $" — {quote.Cue}" : "")
                    .Text(quote.Via is { } via ? $", via {via}" : "")
                    .Text(" · ")
                    .Element("a", title, null, ("href", link))
                    .Close("li");
            }

            html.Close("ul").Close("details");
        }

        if (total > Tables.MaxRows)
        {
            html.Element("p", string.Create(CultureInfo.InvariantCulture, $"Showing the {Tables.MaxRows} most quoted of {total} speakers; report.json lists every quote."), "note");
        }
    }

    // The speaker as a reader names them: the resolved full name, else the words of the text; anonymous sources by
    // their description; "" for none.
    private static string SpeakerKey(Quote quote) => quote.Speaker switch
    {
        null => "",
        { Anonymous: true } s => s.Description ?? s.Text,
        { } s => s.Name ?? s.Text,
    };

    private static IEnumerable<(StoredDocument Document, int N, Annotation Row, Quote Quote)> Quotes(ReportContext context)
    {
        if (context.Codec<QuoteCodec>() is not { } codec)
        {
            yield break;
        }

        var documents = context.Corpus.Documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        foreach (var group in context.Corpus.Layer(codec.Layer).GroupBy(a => a.DocumentId, StringComparer.Ordinal))
        {
            if (!documents.TryGetValue(group.Key, out var document))
            {
                continue;
            }

            var n = 0;
            foreach (var stored in group.OrderBy(a => a.Annotation.Start).ThenBy(a => a.Annotation.End))
            {
                yield return (document, ++n, stored.Annotation, codec.Decode(stored.Annotation));
            }
        }
    }
}
