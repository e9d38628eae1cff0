using Backchannel.Corpus;
using Backchannel.Dates;
using Backchannel.Pipeline;
using Backchannel.Reporting;
using Backchannel.Reporting.Sections;

namespace Backchannel.Stages;

/// <summary>
/// The documents themselves: the document date (<see cref="DocumentDateComponent"/>, first, since later components
/// read the date), the structure the reader found (<see cref="RegionCodec"/>, stored so a re-annotated document keeps
/// it) and the <c>documents</c> section. The documents and their metadata are stored in their own table.
/// </summary>
public sealed class DocumentsStage : IStage
{
    /// <inheritdoc />
    public string Name => "documents";

    /// <inheritdoc />
    public IEnumerable<ILayerCodec> Layers { get; } = [new RegionCodec()];

    /// <inheritdoc />
    public void Setup(PipelineBuilder pipeline) => pipeline.UseDocumentDate();

    /// <inheritdoc />
    public void Setup(ReportBuilder report) => report.UseDocuments();
}
