using Backchannel.Corpus;
using Backchannel.Entities;

namespace Backchannel.Reporting.Sections;

/// <summary>Plugs the entities section (the <c>entities</c> array and the names, dates and numbers tables) into a report.</summary>
public static class EntitiesReportExtensions
{
    /// <summary>Adds the <c>entities</c> section once, listing the named-entity layer (<see cref="EntityCodec"/>).</summary>
    public static ReportBuilder UseEntities(this ReportBuilder builder) => builder.UseMentions(new EntityCodec());

    /// <summary>
    /// Lists a stage's mention layer in the <c>entities</c> section (added once, where it is first asked for): how a
    /// dates or numbers stage reports its items without the section knowing it.
    /// </summary>
    public static ReportBuilder UseMentions(this ReportBuilder builder, IMentionLayer layer)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(layer);
        builder.AddLayer(layer);
        return builder.Contains("entities") ? builder : builder.Add(new EntitiesSection());
    }
}
