namespace Backchannel.Reporting.Sections;

/// <summary>Plugs the documents section into a report.</summary>
public static class DocumentsReportExtensions
{
    /// <summary>Adds the <c>documents</c> section once.</summary>
    public static ReportBuilder UseDocuments(this ReportBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Contains("documents") ? builder : builder.Add(new DocumentsSection());
    }
}
