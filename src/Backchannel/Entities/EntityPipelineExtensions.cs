using Backchannel.Pipeline;

namespace Backchannel.Entities;

/// <summary>Plugs the entity stage into a <see cref="PipelineBuilder"/>.</summary>
public static class EntityPipelineExtensions
{
    /// <summary>Adds the <see cref="EntityRecognizerComponent"/> (shipped model) unless the builder already has one.</summary>
    public static PipelineBuilder UseEntities(this PipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Contains(EntityRecognizerComponent.ComponentName) ? builder : builder.Add(new EntityRecognizerComponent());
    }
}
