using Backchannel.Corpus;
using Backchannel.Pipeline;
using Backchannel.Reporting;
using Backchannel.Reporting.Sections;
using Backchannel.Stages;

namespace Backchannel.Dates;

/// <summary>TIMEX3 dates and times: the recogniser, the stored <c>timexes</c> layer, listed in the <c>entities</c> section.</summary>
public sealed class DatesStage : IStage
{
    private readonly TimexCodec _codec = new();

    /// <inheritdoc />
    public string Name => "dates";

    /// <inheritdoc />
    public IEnumerable<ILayerCodec> Layers => [_codec];

    /// <inheritdoc />
    public void Setup(PipelineBuilder pipeline) => pipeline.UseDates();

    /// <inheritdoc />
    public void Setup(ReportBuilder report) => report.UseMentions(_codec);
}
