using Backchannel.Dates;
using Backchannel.Pipeline;
using Backchannel.Reporting;
using Backchannel.Reporting.Sections;

namespace Backchannel.Stages;

/// <summary>
/// The documents themselves: the document date (<see cref="DocumentDateComponent"/>, first, since later components
/// read the date) and the <c>documents</c> section. Documents are stored in their own table, so no layer.
/// </summary>
public sealed class DocumentsStage : IStage
{
    /// <inheritdoc />
    public string Name => "documents";

    /// <inheritdoc />
    public void Setup(PipelineBuilder pipeline) => pipeline.UseDocumentDate();

    /// <inheritdoc />
    public void Setup(ReportBuilder report) => report.UseDocuments();
}
