using System.Text.Json;
using Backchannel.Corpus;
using Backchannel.Documents;
using Backchannel.Entities;
using Backchannel.Pipeline;
using Backchannel.Text;

namespace Backchannel.Tests.Entities;

public sealed class EntityCodecTests
{
    [Fact]
    public void Entity_mentions_are_stored_with_their_type_and_confidence()
    {
        const string text = "German Chancellor Friedrich Merz met officials in Berlin on Monday.";
        var document = new PipelineBuilder().UseTokenizer().UseEntities().Build().Process(new Document(text, new DocumentMetadata()));

        var rows = new EntityCodec().Export(document).ToList();

        var person = Assert.Single(rows, r => r.Label == "PER");
        Assert.Equal("Friedrich Merz", text[person.Start..person.End]);
        Assert.True(JsonDocument.Parse(person.DataJson!).RootElement.GetProperty("confidence").GetDouble() > 0);
        Assert.Contains(rows, r => r.Label == "GPE" && text[r.Start..r.End] == "Berlin");
        Assert.All(rows, r => Assert.Equal(AnnotationLayers.Entities, r.Layer));
    }
}
