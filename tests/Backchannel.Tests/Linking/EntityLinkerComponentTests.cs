using Backchannel.Documents;
using Backchannel.Entities;
using Backchannel.Linking;
using Backchannel.Pipeline;
using Backchannel.Tagging;
using Backchannel.Text;

namespace Backchannel.Tests.Linking;

public sealed class EntityLinkerComponentTests
{
    [Fact]
    public void The_component_links_the_recogniser_mentions_at_the_publication_date()
    {
        const string text = "Claire Vautrin met Boris Quell in Paris on Monday. Vautrin later said the meeting had gone well.";
        var pipeline = new PipelineBuilder().UseTokenizer().UseTagger().UseEntities().UseLinker(LinkFixture.Kb).Build();
        var metadata = new DocumentMetadata { Published = new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero) };

        var links = pipeline.Process(new Document(text, metadata)).Get(LinkingLayers.Links);

        Assert.Equal(2, links.Count(l => l.EntityId == "bc:claire-vautrin"));
        Assert.Contains(links, l => l.Kind == LinkKind.Coreference && text[l.Start..l.End] == "Vautrin");
    }

    [Fact]
    public void The_linker_requires_entities_before_it()
    {
        var builder = new PipelineBuilder().UseTokenizer().UseTagger().UseLinker(LinkFixture.Kb);

        Assert.Throws<Backchannel.Errors.BackchannelException>(builder.Build);
    }

    [Fact]
    public void The_default_pipeline_runs_the_linker_after_entities_and_dates()
    {
        var names = DefaultPipeline.Create().Components.Select(c => c.Name).ToList();

        Assert.True(names.IndexOf(EntityLinkerComponent.ComponentName) > names.IndexOf(EntityRecognizerComponent.ComponentName));
        Assert.True(names.IndexOf(EntityLinkerComponent.ComponentName) > names.IndexOf("dates"));
    }

    [Fact]
    public void An_empty_knowledge_base_still_clusters_unknown_people()
    {
        var pipeline = new PipelineBuilder().UseTokenizer().UseTagger().UseEntities().UseLinker(Backchannel.Knowledge.KnowledgeBase.Empty).Build();

        var links = pipeline.Process(new Document("Boris Quell arrived. Quell left.", new DocumentMetadata())).Get(LinkingLayers.Links);

        Assert.Equal(2, links.Length);
        Assert.All(links, l => Assert.Equal("nil:1", l.EntityId));
    }
}
