using Backchannel.Dates;
using Backchannel.Documents;
using Backchannel.Numbers;
using Backchannel.Pipeline;
using Backchannel.Text;

namespace Backchannel.Tests.Numbers;

public sealed class NumbersAfterDatesTests
{
    [Fact]
    public void A_span_the_dates_stage_normalised_is_not_also_a_quantity()
    {
        const string text = "The talks lasted two hours in 2023 and drew 300 delegates.";
        var metadata = new DocumentMetadata { Published = new DateTimeOffset(2024, 1, 5, 0, 0, 0, TimeSpan.Zero) };
        var withDates = new PipelineBuilder().UseTokenizer().UseDates().UseNumbers().Build().Process(new Document(text, metadata));
        var alone = new PipelineBuilder().UseTokenizer().UseNumbers().Build().Process(new Document(text, metadata));

        var quantities = withDates.Get(NumberLayers.Quantities).Select(q => text[q.Start..q.End]).ToArray();

        Assert.Equal(["300 delegates"], quantities);
        Assert.Contains(alone.Get(NumberLayers.Quantities), q => text[q.Start..q.End] == "two hours");
        Assert.Contains(withDates.Get(DateLayers.Timexes), t => t.Value == "PT2H");
    }
}
