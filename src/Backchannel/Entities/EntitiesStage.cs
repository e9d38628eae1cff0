using Backchannel.Corpus;
using Backchannel.Pipeline;
using Backchannel.Reporting;
using Backchannel.Reporting.Sections;
using Backchannel.Stages;

namespace Backchannel.Entities;

/// <summary>Named entities: the recogniser, the stored <c>entities</c> layer, and the <c>entities</c> report section.</summary>
public sealed class EntitiesStage : IStage
{
    private readonly EntityCodec _codec = new();

    /// <inheritdoc />
    public string Name => "entities";

    /// <inheritdoc />
    public IEnumerable<ILayerCodec> Layers => [_codec];

    /// <inheritdoc />
    public void Setup(PipelineBuilder pipeline) => pipeline.UseEntities();

    /// <inheritdoc />
    public void Setup(ReportBuilder report) => report.UseMentions(_codec);
}
