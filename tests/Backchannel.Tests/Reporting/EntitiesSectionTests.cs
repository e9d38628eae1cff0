using System.Text.Json;
using Backchannel.Corpus;
using Backchannel.Documents;
using Backchannel.Reporting;
using Backchannel.Tests.Support;

namespace Backchannel.Tests.Reporting;

public sealed class EntitiesSectionTests
{
    private const string Text = "Envoys met Ana Ruiz in Oslo on Tuesday; over 500 delegates came.";

    private static (ReportContext Context, string DocumentId) Context()
    {
        var document = SnapshotFactory.Stored(Text, new DocumentMetadata { Title = "T" });
        StoredAnnotation At(string layer, string span, string label, string? data = null)
        {
            var start = Text.IndexOf(span, StringComparison.Ordinal);
            return new StoredAnnotation(document.Id, new Annotation(layer, start, start + span.Length, label, data));
        }

        var annotations = new[]
        {
            At(AnnotationLayers.Timexes, "Tuesday", "DATE", """{"value":"2026-01-20"}"""),
            At(AnnotationLayers.Entities, "Ana Ruiz", "PER", """{"confidence":0.97}"""),
            At(AnnotationLayers.Entities, "Oslo", "GPE"),
            At(AnnotationLayers.Quantities, "over 500", "CARDINAL", """{"value":500,"qualifier":"MORE_THAN"}"""),
        };
        return (SnapshotFactory.Context(annotations, document), document.Id);
    }

    [Fact]
    public void Every_mention_is_listed_in_text_order_with_offsets_and_its_normalised_fields()
    {
        var (context, documentId) = Context();
        using var stream = new MemoryStream();
        DefaultReport.Create().WriteJson(stream, context);

        var entities = JsonDocument.Parse(stream.ToArray()).RootElement.GetProperty("entities");

        Assert.Equal(["Ana Ruiz", "Oslo", "Tuesday", "over 500"], entities.EnumerateArray().Select(e => e.GetProperty("text").GetString()));
        var person = entities[0];
        Assert.Equal("PER", person.GetProperty("type").GetString());
        Assert.Equal(documentId, person.GetProperty("doc").GetString());
        Assert.Equal(Text.IndexOf("Ana", StringComparison.Ordinal), person.GetProperty("start").GetInt32());
        Assert.Equal(0.97, person.GetProperty("confidence").GetDouble(), 3);
        Assert.Equal("2026-01-20", entities[2].GetProperty("value").GetString());
        Assert.Equal("MORE_THAN", entities[3].GetProperty("qualifier").GetString());
        Assert.Equal(4, entities.EnumerateArray().Select(e => e.GetProperty("id").GetString()).Distinct().Count());
    }

    [Fact]
    public void The_html_table_groups_mentions_and_shows_normalised_values()
    {
        var (context, _) = Context();
        using var writer = new StringWriter();
        DefaultReport.Create().WriteHtml(writer, context);
        var html = writer.ToString();

        Assert.Contains("<td>Ana Ruiz</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"code\">MORE_THAN 500</td><td>over 500</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"code\">2026-01-20</td>", html, StringComparison.Ordinal);
    }
}
