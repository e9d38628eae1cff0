using Backchannel.Linking;
using Backchannel.Reporting.Sections;

namespace Backchannel.Reporting;

/// <summary>The report <c>analyze</c> writes. Each stage appends its <c>UseX()</c> here as it lands.</summary>
public static class DefaultReport
{
    /// <summary>Builds the default report.</summary>
    public static Report Create() => new ReportBuilder().UseDocuments().UseEntities().UseActors().Build();
}
