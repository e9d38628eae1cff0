using Backchannel.Corpus;
using Backchannel.Pipeline;
using Backchannel.Reporting;
using Backchannel.Stages;

namespace Backchannel.Quotes;

/// <summary>Who said what: the quote component, the stored <c>quotes</c> layer, and the quotes section of the report.</summary>
public sealed class QuotesStage : IStage
{
    private readonly QuoteCodec _codec = new();

    /// <inheritdoc />
    public string Name => "quotes";

    /// <inheritdoc />
    public IEnumerable<ILayerCodec> Layers => [_codec];

    /// <inheritdoc />
    public void Setup(PipelineBuilder pipeline) => pipeline.UseQuotes();

    /// <inheritdoc />
    public void Setup(ReportBuilder report) => report.Add(new QuotesSection());
}
