namespace Backchannel.Reporting.Sections;

/// <summary>Plugs the entities section into a report.</summary>
public static class EntitiesReportExtensions
{
    /// <summary>Adds the <c>entities</c> section once.</summary>
    public static ReportBuilder UseEntities(this ReportBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Contains("entities") ? builder : builder.Add(new EntitiesSection());
    }
}
