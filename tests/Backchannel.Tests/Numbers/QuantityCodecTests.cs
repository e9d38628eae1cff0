using System.Text.Json;
using Backchannel.Corpus;
using Backchannel.Documents;
using Backchannel.Numbers;
using Backchannel.Pipeline;
using Backchannel.Text;

namespace Backchannel.Tests.Numbers;

public sealed class QuantityCodecTests
{
    [Fact]
    public void Quantities_are_stored_with_their_kind_value_unit_and_qualifier()
    {
        const string text = "The fund pledged $1.2bn after more than 500 delegates voted.";
        var document = new PipelineBuilder().UseTokenizer().UseNumbers().Build().Process(new Document(text, new DocumentMetadata()));

        var rows = new QuantityCodec().Export(document).ToList();

        var money = Assert.Single(rows, r => r.Label == "MONEY");
        Assert.Equal("$1.2bn", text[money.Start..money.End]);
        var data = JsonDocument.Parse(money.DataJson!).RootElement;
        Assert.Equal(1.2e9, data.GetProperty("value").GetDouble());
        Assert.Equal("USD", data.GetProperty("unit").GetString());
        var count = Assert.Single(rows, r => r.Label == "CARDINAL");
        Assert.Equal("MORE_THAN", JsonDocument.Parse(count.DataJson!).RootElement.GetProperty("qualifier").GetString());
        Assert.All(rows, r => Assert.Equal(AnnotationLayers.Quantities, r.Layer));
    }

    [Fact]
    public void A_document_without_the_layer_exports_nothing()
        => Assert.Empty(new QuantityCodec().Export(new Document("No analysis ran.", new DocumentMetadata())));
}
