using Backchannel.Knowledge;
using Backchannel.Pipeline;

namespace Backchannel.Linking;

/// <summary>Plugs the linking stage into a <see cref="PipelineBuilder"/>.</summary>
public static class LinkingPipelineExtensions
{
    /// <summary>
    /// Adds the <see cref="EntityLinkerComponent"/> over <paramref name="kb"/>, or over the shipped knowledge base
    /// (loaded once, shared) when null, unless the builder already has one.
    /// </summary>
    public static PipelineBuilder UseLinker(this PipelineBuilder builder, KnowledgeBase? kb = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Contains(EntityLinkerComponent.ComponentName) ? builder : builder.Add(new EntityLinkerComponent(kb));
    }
}
