using System.Globalization;
using System.Text.Json;
using Backchannel.Corpus;
using Backchannel.Documents;
using Backchannel.Reporting.Html;

namespace Backchannel.Reporting.Sections;

/// <summary>The <c>documents</c> array and the documents table: what is in the store, from where, dated how.</summary>
public sealed class DocumentsSection : IReportSection
{
    /// <inheritdoc />
    public string JsonName => "documents";

    /// <inheritdoc />
    public string Title => "Documents";

    /// <inheritdoc />
    public void WriteJson(Utf8JsonWriter writer, ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(context);
        writer.WriteStartArray();
        foreach (var document in context.Corpus.Documents)
        {
            var meta = document.Metadata;
            writer.WriteStartObject();
            writer.WriteString("id", document.Id);
            writer.WriteString("title", meta.Title);
            writer.WriteString("source", meta.Source);
            writer.WriteString("author", meta.Author);
            writer.WriteString("published", FormatPublished(meta));
            writer.WriteBoolean("publishedInferred", meta.PublishedOrigin == PublishedOrigin.Inferred);
            writer.WriteString("publishedOrigin", OriginName(meta.PublishedOrigin));
            writer.WriteBoolean("undated", meta.Published is null);
            writer.WriteString("path", meta.Path);
            writer.WriteString("url", meta.Url);
            writer.WriteString("externalId", meta.ExternalId);
            writer.WriteString("format", meta.Format);
            writer.WriteString("sha256", document.Sha256);
            writer.WriteNumber("chars", document.Text.Length);
            writer.WriteString("addedAt", document.AddedAt.ToString("o", CultureInfo.InvariantCulture));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <inheritdoc />
    public void WriteHtml(HtmlWriter html, ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(context);
        var documents = context.Corpus.Documents;
        Tables.Open(html, "documents-table", "documents", documents.Length, "Title", "Source", "Published", "Names", "Actors", "Flags", "File");
        for (var i = 0; i < documents.Length; i++)
        {
            WriteRow(html, documents[i], i);
        }

        Tables.Close(html, "documents-table", documents.Length);
    }

    /// <summary>ISO 8601: a date alone when no time is known, else the full timestamp with offset.</summary>
    public static string? FormatPublished(DocumentMetadata meta)
    {
        ArgumentNullException.ThrowIfNull(meta);
        if (meta.Published is not { } published)
        {
            return null;
        }

        return meta.PublishedHasTime
            ? published.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)
            : published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    // For people: a readable date, with the time and offset only when the source gave them.
    private static string DisplayPublished(DocumentMetadata meta) => meta.Published switch
    {
        null => "—",
        { } p when meta.PublishedHasTime => p.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture),
        { } p => p.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    internal static string OriginName(PublishedOrigin origin) => origin switch
    {
        PublishedOrigin.Metadata => "metadata",
        PublishedOrigin.Override => "override",
        PublishedOrigin.Inferred => "inferred",
        _ => "unknown",
    };

    private static void WriteRow(HtmlWriter html, StoredDocument document, int index)
    {
        var meta = document.Metadata;
        var scope = html.Scope;
        var annotations = scope.AnnotationsOf(document.Id).ToList();
        var names = annotations.Count(a => a.Layer == AnnotationLayers.Entities);
        var actors = annotations.Where(a => a.Layer == AnnotationLayers.Links).Select(scope.LinkOf).Where(l => l.IsKnown)
            .Select(l => l.Entity).Distinct(StringComparer.Ordinal).Count();
        var flags = scope.FlagsIn(document.Id).Count();
        Tables.Row(html, index)
            .Open("td").Element("a", string.IsNullOrWhiteSpace(meta.Title) ? "(untitled)" : meta.Title, null, ("href", scope.Links.Document(document.Id))).Close("td")
            .Element("td", meta.Source)
            .Open("td", "date").Text(DisplayPublished(meta));
        if (meta.Published is null)
        {
            html.Element("span", "undated", "badge undated", ("title", "No date: no roles or title checks are read for this document. Give one with --published."));
        }
        else if (meta.PublishedOrigin != PublishedOrigin.Metadata)
        {
            var origin = OriginName(meta.PublishedOrigin);
            html.Element("span", origin, "badge " + origin, ("title", "Where this date came from"));
        }

        html.Close("td")
            .Element("td", names.ToString(CultureInfo.InvariantCulture), "num")
            .Element("td", actors.ToString(CultureInfo.InvariantCulture), "num")
            .Element("td", flags == 0 ? "" : flags.ToString(CultureInfo.InvariantCulture), "num")
            .Open("td").Element("span", meta.Path, "path").Text(" ").Element("span", document.Id, "id", ("title", document.Sha256)).Close("td")
            .Close("tr");
    }
}
