using Backchannel.Corpus;
using Backchannel.Pipeline;
using Backchannel.Reporting;

namespace Backchannel.Stages;

/// <summary>
/// One stage of Backchannel, whole, as a Markdig <c>IMarkdownExtension</c> is one feature whole: its pipeline
/// component(s), the codecs of the layers it keeps in the store (store ⇄ layer, and the fields each item writes to
/// <c>report.json</c>), and its report section. A stage is plugged in with one call,
/// <see cref="StageSetBuilder.Use(IStage)"/>; <see cref="DefaultStages"/> lists the stages <c>analyze</c> runs.
/// </summary>
public interface IStage
{
    /// <summary>Unique name within a stage set (e.g. <c>dates</c>).</summary>
    string Name { get; }

    /// <summary>Adds the stage's components, and what they require unless already there, through its <c>UseX()</c> calls.</summary>
    void Setup(PipelineBuilder pipeline);

    /// <summary>The stage's stored layers: written with each analysed document, read back by the report. None by default.</summary>
    IEnumerable<ILayerCodec> Layers => [];

    /// <summary>Adds the stage's report section(s); the stage's layers are already registered. Nothing by default.</summary>
    void Setup(ReportBuilder report)
    {
    }
}
