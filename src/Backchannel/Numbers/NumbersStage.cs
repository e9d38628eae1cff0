using Backchannel.Corpus;
using Backchannel.Pipeline;
using Backchannel.Reporting;
using Backchannel.Reporting.Sections;
using Backchannel.Stages;

namespace Backchannel.Numbers;

/// <summary>Numbers and quantities: the matcher, the stored <c>quantities</c> layer, listed in the <c>entities</c> section.</summary>
public sealed class NumbersStage : IStage
{
    private readonly QuantityCodec _codec = new();

    /// <inheritdoc />
    public string Name => "numbers";

    /// <inheritdoc />
    public IEnumerable<ILayerCodec> Layers => [_codec];

    /// <inheritdoc />
    public void Setup(PipelineBuilder pipeline) => pipeline.UseNumbers();

    /// <inheritdoc />
    public void Setup(ReportBuilder report) => report.UseMentions(_codec);
}
