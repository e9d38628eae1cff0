using System.Text.Json;
using Backchannel.Corpus;
using Backchannel.Documents;
using Backchannel.Errors;
using Backchannel.Pipeline;
using Backchannel.Reporting;
using Backchannel.Reporting.Html;
using Backchannel.Stages;
using Backchannel.Tests.Support;
using Backchannel.Text;

namespace Backchannel.Tests.Stages;

public sealed class StageSetTests
{
    [Fact]
    public void One_call_plugs_a_stage_into_the_pipeline_the_store_and_the_report()
    {
        var stages = new StageSetBuilder().Use(new DocumentsStage()).Use(new ShoutStage()).Build();
        const string text = "The envoy said NOTHING and left. Then CALM returned.";

        var document = stages.CreatePipeline().Process(new Document(text, new DocumentMetadata()));
        var rows = stages.Export(document).ToList();
        var stored = SnapshotFactory.Stored(text, new DocumentMetadata());
        var context = SnapshotFactory.Context(rows.Select(r => new StoredAnnotation(stored.Id, r)), stored);
        using var json = new MemoryStream();
        stages.CreateReport().WriteJson(json, context);

        using var html = new StringWriter();
        stages.CreateReport().WriteHtml(html, context);

        Assert.Equal(["NOTHING", "CALM"], rows.Where(r => r.Layer == "shouts").Select(r => text[r.Start..r.End]));
        var shouts = JsonDocument.Parse(json.ToArray()).RootElement.GetProperty("shouts");
        Assert.Equal([7, 4], shouts.EnumerateArray().Select(s => s.GetProperty("letters").GetInt32()));
        Assert.Contains("<span class=\"shout\" title=\"7 letters\">NOTHING</span>", html.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_codec_restores_the_typed_layer_it_stored()
    {
        var stages = new StageSetBuilder().Use(new ShoutStage()).Build();
        const string text = "Calls for CALM and RESTRAINT.";
        var pipeline = stages.CreatePipeline();
        var document = pipeline.Process(new Document(text, new DocumentMetadata()));

        var restored = new ShoutCodec().Restore(new Document(text, new DocumentMetadata()), [.. stages.Export(document)]);

        Assert.Equal(document.Get(ShoutComponent.Layer).ToArray(), restored.Get(ShoutComponent.Layer).ToArray());
    }

    [Fact]
    public void The_default_stages_are_the_one_list_the_pipeline_the_store_and_the_report_come_from()
    {
        var stages = DefaultStages.Create(Backchannel.Knowledge.KnowledgeBase.Empty);

        Assert.Equal(["documents", "tagging", "entities", "dates", "numbers", "links", "quotes"], stages.Stages.Select(s => s.Name));
        Assert.Equal(
            ["document-date", "tokenizer", "pos-tagger", "chunker", "lemmatizer", "entities", "dates", "numbers", "linker", "quotes"],
            stages.CreatePipeline().Components.Select(c => c.Name));
        Assert.Equal(DefaultPipeline.Create().Components.Select(c => c.Name), stages.CreatePipeline().Components.Select(c => c.Name));
        Assert.Equal(
            [AnnotationLayers.Regions, AnnotationLayers.Entities, AnnotationLayers.Timexes, AnnotationLayers.Quantities, AnnotationLayers.Links, AnnotationLayers.Quotes],
            stages.Layers.Select(l => l.Layer));
        Assert.Equal(["documents", "entities", "actors", "quotes"], stages.CreateReport().Sections.Select(s => s.JsonName));
    }

    [Fact]
    public void A_stage_added_twice_is_refused()
    {
        var builder = new StageSetBuilder().Use(new ShoutStage());

        var exception = Assert.Throws<BackchannelException>(() => builder.Use(new ShoutStage()));

        Assert.Equal(ErrorCode.DuplicateComponent, exception.Error.Code);
    }

    [Fact]
    public void Restoring_inputs_brings_back_what_the_reader_found_and_nothing_the_pipeline_recomputes()
    {
        var stages = new StageSetBuilder().Use(new DocumentsStage()).Use(new ShoutStage()).Build();
        const string text = "TITLE LINE\nThe body says CALM.";
        var read = new Document(text, new DocumentMetadata()).With(DocumentLayers.Regions, [new DocumentRegion(0, 10, RegionKind.Title)]);
        var rows = stages.Export(stages.CreatePipeline().Process(read)).ToList();

        var restored = stages.RestoreInputs(new Document(text, new DocumentMetadata()), rows, stages.CreatePipeline());

        Assert.Equal([new DocumentRegion(0, 10, RegionKind.Title)], restored.Get(DocumentLayers.Regions).ToArray());
        Assert.False(restored.Has(ShoutComponent.Layer));
    }

    // A stage made only for these tests: words in capitals, stored, and a report section of its own.
    private readonly record struct Shout(int Start, int End, int Letters) : ISpan;

    private sealed class ShoutComponent : IPipelineComponent
    {
        public static readonly LayerKey<Shout> Layer = new("test.shouts");

        public string Name => "shouts";

        public IReadOnlyList<LayerKey> Requires => [TextLayers.Tokens];

        public IReadOnlyList<LayerKey> Assigns => [Layer];

        public Document Process(Document document, CancellationToken cancellationToken)
        {
            var shouts = document.Get(TextLayers.Tokens)
                .Where(t => t.End - t.Start > 2 && document.Text.AsSpan(t.Start, t.End - t.Start).ToString().All(char.IsUpper))
                .Select(t => new Shout(t.Start, t.End, t.End - t.Start));
            return document.With(Layer, [.. shouts]);
        }
    }

    private sealed class ShoutCodec() : LayerCodec<Shout>("shouts", ShoutComponent.Layer), IMarkedLayer
    {
        public string MarkClass => "shout";

        public string? MarkTitle(Annotation row) => $"{Decode(row).Letters} letters";

        public static readonly JsonEncodedText Letters = JsonEncodedText.Encode("letters");

        protected override (string? Label, string? DataJson) Encode(Shout item) => ("SHOUT", AnnotationData.Object(w => w.WriteNumber(Letters, item.Letters)));

        protected override Shout Decode(Annotation row, JsonElement data) => new(row.Start, row.End, (int)(Number(data, Letters) ?? 0));

        protected override void WriteJson(Utf8JsonWriter writer, Shout item) => writer.WriteNumber(Letters, item.Letters);
    }

    private sealed class ShoutSection : IReportSection
    {
        public string JsonName => "shouts";

        public string Title => "Shouts";

        public void WriteJson(Utf8JsonWriter writer, ReportContext context)
        {
            var codec = context.Codec<ShoutCodec>()!;
            writer.WriteStartArray();
            foreach (var row in context.Corpus.Layer(codec.Layer))
            {
                writer.WriteStartObject();
                writer.WriteNumber("start", row.Annotation.Start);
                codec.WriteJsonFields(writer, row.Annotation);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        public void WriteHtml(HtmlWriter html, ReportContext context) => html.Element("p", "shouts");
    }

    private sealed class ShoutStage : IStage
    {
        private readonly ShoutCodec _codec = new();

        public string Name => "shouts";

        public IEnumerable<ILayerCodec> Layers => [_codec];

        public void Setup(PipelineBuilder pipeline) => pipeline.UseTokenizer().Add(new ShoutComponent());

        public void Setup(ReportBuilder report) => report.Add(new ShoutSection());
    }
}
