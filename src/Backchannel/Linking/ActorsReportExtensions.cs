using Backchannel.Knowledge;
using Backchannel.Reporting;

namespace Backchannel.Linking;

/// <summary>Plugs the actors section into a report.</summary>
public static class ActorsReportExtensions
{
    /// <summary>
    /// Adds the <c>actors</c> section once, reading facts from <paramref name="kb"/> or the shipped knowledge base, and
    /// the links layer (<see cref="LinkCodec"/>), whose links the entities section and the document pages show.
    /// </summary>
    public static ReportBuilder UseActors(this ReportBuilder builder, KnowledgeBase? kb = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddLayer(new LinkCodec());
        return builder.Contains(ActorsSection.Name) ? builder : builder.Add(new ActorsSection(kb));
    }
}
