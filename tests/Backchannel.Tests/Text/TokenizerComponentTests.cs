using Backchannel.Documents;
using Backchannel.Pipeline;
using Backchannel.Text;

namespace Backchannel.Tests.Text;

public sealed class TokenizerComponentTests
{
    [Fact]
    public void Default_pipeline_assigns_tokens_and_sentences()
    {
        var document = DefaultPipeline.Create().Process(new Document("Talks resumed. Envoys met again.", new DocumentMetadata()));

        Assert.Equal(7, document.Get(TextLayers.Tokens).Length);
        Assert.Equal([new Sentence(0, 14, 0, 3), new Sentence(15, 32, 3, 4)], document.Get(TextLayers.Sentences).ToArray());
    }

    [Fact]
    public void UseTokenizer_twice_adds_one_component()
    {
        var builder = new PipelineBuilder().UseTokenizer().UseTokenizer();

        var component = Assert.Single(builder.Components);
        Assert.Equal("tokenizer", component.Name);
        Assert.Empty(component.Requires);
        Assert.Equal([TextLayers.Tokens, TextLayers.Sentences], component.Assigns);
    }

    [Fact]
    public void Empty_document_gets_empty_layers()
    {
        var document = new TokenizerComponent().Process(new Document("", new DocumentMetadata()), CancellationToken.None);

        Assert.Empty(document.Get(TextLayers.Tokens));
        Assert.Empty(document.Get(TextLayers.Sentences).ToArray());
    }

    [Fact]
    public async Task Parallel_runs_give_the_same_layers_as_a_sequential_run()
    {
        var pipeline = DefaultPipeline.Create();
        var documents = Enumerable.Range(0, 64)
            .Select(i => new Document(string.Concat(Enumerable.Repeat($"Item {i} was sent. Dr. Ray agreed. ", i % 7 + 1)), new DocumentMetadata()))
            .ToArray();
        var expected = documents.Select(d => pipeline.Process(d).Get(TextLayers.Tokens).Length).ToArray();

        await foreach (var result in pipeline.RunAsync(documents, maxParallelism: 4))
        {
            Assert.True(result.Succeeded);
            Assert.Equal(expected[result.Index], result.Document.Get(TextLayers.Tokens).Length);
        }
    }
}
