using Backchannel.Corpus;
using Backchannel.Knowledge;
using Backchannel.Pipeline;
using Backchannel.Reporting;
using Backchannel.Stages;

namespace Backchannel.Linking;

/// <summary>
/// Links to the record: the linker, the stored <c>links</c> layer (shown on the names of the <c>entities</c> section
/// and the document pages), and the <c>actors</c> section. Both read <paramref name="kb"/>, or the shipped knowledge
/// base when null.
/// </summary>
/// <param name="kb">The knowledge base; null for the shipped one (loaded on first use).</param>
public sealed class LinkingStage(KnowledgeBase? kb = null) : IStage
{
    private readonly LinkCodec _codec = new();

    /// <inheritdoc />
    public string Name => "links";

    /// <inheritdoc />
    public IEnumerable<ILayerCodec> Layers => [_codec];

    /// <inheritdoc />
    public void Setup(PipelineBuilder pipeline) => pipeline.UseLinker(kb);

    /// <inheritdoc />
    public void Setup(ReportBuilder report) => report.UseActors(kb);
}
