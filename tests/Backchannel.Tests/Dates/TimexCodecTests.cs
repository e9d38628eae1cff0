using System.Text.Json;
using Backchannel.Corpus;
using Backchannel.Dates;
using Backchannel.Documents;
using Backchannel.Pipeline;
using Backchannel.Text;

namespace Backchannel.Tests.Dates;

public sealed class TimexCodecTests
{
    [Fact]
    public void Timexes_are_stored_with_type_value_and_mod_anchored_on_the_document_date()
    {
        const string text = "The envoys met on Tuesday. Growth slowed in late 2025.";
        var metadata = new DocumentMetadata { Published = new DateTimeOffset(2026, 1, 21, 9, 0, 0, TimeSpan.Zero), PublishedHasTime = true };
        var document = new PipelineBuilder().UseTokenizer().UseDates().Build().Process(new Document(text, metadata));

        var rows = new TimexCodec().Export(document).ToList();

        var tuesday = Assert.Single(rows, r => text[r.Start..r.End] == "Tuesday");
        Assert.Equal("DATE", tuesday.Label);
        Assert.Equal("2026-01-20", JsonDocument.Parse(tuesday.DataJson!).RootElement.GetProperty("value").GetString());
        var late = Assert.Single(rows, r => text[r.Start..r.End].Contains("2025", StringComparison.Ordinal));
        Assert.Equal("END", JsonDocument.Parse(late.DataJson!).RootElement.GetProperty("mod").GetString());
        Assert.All(rows, r => Assert.Equal(AnnotationLayers.Timexes, r.Layer));
    }
}
