using Backchannel.Corpus;

namespace Backchannel.Entities;

/// <summary>Stores entity mentions as <c>entities</c> annotations labelled with their type and a confidence.</summary>
public sealed class EntityExporter() : LayerExporter<EntityMention>(AnnotationLayers.Entities, EntityLayers.Entities)
{
    /// <inheritdoc />
    protected override (string? Label, string? DataJson) Describe(EntityMention item)
    {
        var confidence = Math.Round(item.Confidence, 3);
        return (item.Label, AnnotationData.Object(w => w.WriteNumber("confidence", confidence)));
    }
}
