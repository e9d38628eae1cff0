using System.Text;
using System.Text.Json;
using Backchannel.Corpus;
using Backchannel.Documents;
using Backchannel.Entities;
using Backchannel.Linking;
using Backchannel.Reporting;
using Backchannel.Reporting.Sections;
using Backchannel.Tests.Support;

namespace Backchannel.Tests.Linking;

public sealed class LinkReportTests
{
    private const string Text = "Foreign Minister Olena Marchuk met <b>Boris Quell</b>.";

    private static readonly DocumentMetadata Metadata = new()
    {
        Published = new DateTimeOffset(2026, 1, 21, 0, 0, 0, TimeSpan.Zero),
        PublishedOrigin = PublishedOrigin.Metadata,
    };

    private static ReportContext Context()
    {
        var marchuk = Text.IndexOf("Olena Marchuk", StringComparison.Ordinal);
        var quell = Text.IndexOf("Boris Quell", StringComparison.Ordinal);
        var document = new Document(Text, Metadata)
            .With(EntityLayers.Entities, [new EntityMention(marchuk, marchuk + 13, "PER", 1f), new EntityMention(quell, quell + 11, "PER", 1f)])
            .With(LinkingLayers.Links,
            [
                new EntityLink(marchuk, marchuk + 13, "bc:olena-marchuk", LinkKind.Name, 0.95f, "exact name", TitleAgreement.Disagrees, "ua-foreign-minister", "term ended 2024-09-05", 0, marchuk + 13),
                new EntityLink(quell, quell + 11, "nil:1", LinkKind.Name, 0.6f, "not in the knowledge base"),
            ]);
        var stored = SnapshotFactory.Stored(Text, Metadata);
        var annotations = new IAnnotationExporter[] { new EntityCodec(), new LinkCodec() }
            .SelectMany(e => e.Export(document)).Select(a => new StoredAnnotation(stored.Id, a));
        return SnapshotFactory.Context(annotations, stored);
    }

    private static JsonElement Json()
    {
        var report = new ReportBuilder().UseDocuments().UseEntities().UseActors(LinkFixture.Kb).Build();
        using var stream = new MemoryStream();
        report.WriteJson(stream, Context());
        return JsonDocument.Parse(stream.ToArray()).RootElement.Clone();
    }

    [Fact]
    public void The_exporter_stores_the_entity_confidence_reason_and_title_check()
    {
        var annotation = Context().Corpus.Layer(AnnotationLayers.Links).First().Annotation;

        Assert.Equal("name", annotation.Label);
        using var data = JsonDocument.Parse(annotation.DataJson!);
        Assert.Equal("bc:olena-marchuk", data.RootElement.GetProperty("entity").GetString());
        Assert.Equal("disagrees", data.RootElement.GetProperty("titleCheck").GetString());
        Assert.Equal("ua-foreign-minister", data.RootElement.GetProperty("titlePosition").GetString());
    }

    [Fact]
    public void Entity_mentions_carry_their_link()
    {
        var mentions = Json().GetProperty("entities").EnumerateArray().ToList();

        var marchuk = Assert.Single(mentions, m => m.GetProperty("text").GetString() == "Olena Marchuk");
        Assert.Equal("bc:olena-marchuk", marchuk.GetProperty("entity").GetString());
        Assert.Equal(0.95, marchuk.GetProperty("linkConfidence").GetDouble(), 3);
        Assert.Equal("exact name", marchuk.GetProperty("linkReason").GetString());
        Assert.Equal("nil:1", Assert.Single(mentions, m => m.GetProperty("text").GetString() == "Boris Quell").GetProperty("entity").GetString());
        Assert.DoesNotContain(mentions, m => m.GetProperty("layer").GetString() == "links");
    }

    [Fact]
    public void Actors_list_known_entities_with_roles_on_the_date_disagreeing_titles_and_citations()
    {
        var actors = Json().GetProperty("actors").EnumerateArray().ToList();

        var marchuk = Assert.Single(actors);
        Assert.Equal("bc:olena-marchuk", marchuk.GetProperty("id").GetString());
        Assert.Equal("Person", marchuk.GetProperty("schema").GetString());
        Assert.Equal("2026-01-21", marchuk.GetProperty("date").GetString());
        Assert.Equal(0, marchuk.GetProperty("roles").GetArrayLength());
        Assert.Equal(0, marchuk.GetProperty("sanctions").GetArrayLength());
        var check = Assert.Single(marchuk.GetProperty("titleChecks").EnumerateArray());
        Assert.Equal("term ended 2024-09-05", check.GetProperty("detail").GetString());
        Assert.NotEqual(0, marchuk.GetProperty("citations").GetArrayLength());
    }

    [Fact]
    public void A_title_check_shows_its_sentence_the_title_who_held_the_post_and_the_record_s_citation()
    {
        var check = Json().GetProperty("actors")[0].GetProperty("titleChecks")[0];

        Assert.Equal(Text, check.GetProperty("sentence").GetProperty("text").GetString());
        Assert.Equal(0, check.GetProperty("sentence").GetProperty("start").GetInt32());
        Assert.Equal("Foreign Minister Olena Marchuk", check.GetProperty("title").GetProperty("text").GetString());
        Assert.Equal("Minister of Foreign Affairs of Ukraine", check.GetProperty("positionName").GetString());
        var holder = Assert.Single(check.GetProperty("heldBy").EnumerateArray());
        Assert.Equal("bc:taras-hnatiuk", holder.GetProperty("id").GetString());
        Assert.NotEqual(0, holder.GetProperty("citations").GetArrayLength());
        var term = Assert.Single(check.GetProperty("record").EnumerateArray());
        Assert.Equal("2020-03-04 – 2024-09-05", term.GetProperty("term").GetString());
        Assert.NotEqual(0, term.GetProperty("citations").GetArrayLength());
    }

    [Fact]
    public void The_report_shows_the_check_s_sentence_with_the_title_marked_and_the_holder()
    {
        var report = new ReportBuilder().UseActors(LinkFixture.Kb).Build();
        var html = new StringBuilder();
        using (var writer = new StringWriter(html))
        {
            report.WriteHtml(writer, Context());
        }

        Assert.Contains("<mark class=\"claim\">Foreign Minister Olena Marchuk</mark>", html.ToString(), StringComparison.Ordinal);
        Assert.Contains("Taras Hnatiuk", html.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Roles_held_on_the_document_date_are_listed_with_their_term_and_citation()
    {
        var metadata = Metadata with { Published = new DateTimeOffset(2023, 6, 1, 0, 0, 0, TimeSpan.Zero) };
        var stored = SnapshotFactory.Stored(Text, metadata);
        var link = new Annotation(AnnotationLayers.Links, 17, 30, "name", """{"entity":"bc:olena-marchuk","confidence":0.95,"reason":"exact name"}""");
        var report = new ReportBuilder().UseActors(LinkFixture.Kb).Build();
        using var stream = new MemoryStream();
        report.WriteJson(stream, SnapshotFactory.Context([new StoredAnnotation(stored.Id, link)], stored));

        var role = Assert.Single(JsonDocument.Parse(stream.ToArray()).RootElement.GetProperty("actors")[0].GetProperty("roles").EnumerateArray());
        Assert.Equal("ua-foreign-minister", role.GetProperty("position").GetString());
        Assert.Equal("2020-03-04 – 2024-09-05", role.GetProperty("term").GetString());
        Assert.Equal("holds", role.GetProperty("certainty").GetString());
        Assert.NotEqual(0, role.GetProperty("citations").GetArrayLength());
    }

    [Fact]
    public void The_actors_section_escapes_names_in_html()
    {
        var report = new ReportBuilder().UseActors(LinkFixture.Kb).Build();
        var html = new StringBuilder();
        using (var writer = new StringWriter(html))
        {
            report.WriteHtml(writer, Context());
        }

        Assert.Contains("Olena Marchuk", html.ToString(), StringComparison.Ordinal);
        Assert.Contains("term ended 2024-09-05", html.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_report_has_an_actors_array_even_when_nothing_is_linked()
    {
        using var stream = new MemoryStream();
        new ReportBuilder().UseActors(LinkFixture.Kb).Build().WriteJson(stream, SnapshotFactory.Context(SnapshotFactory.Stored("Nothing here.", Metadata)));

        Assert.Equal(JsonValueKind.Array, JsonDocument.Parse(stream.ToArray()).RootElement.GetProperty("actors").ValueKind);
    }
}
