using Backchannel.Documents;

namespace Backchannel.Entities;

/// <summary>The layers the entity stage assigns.</summary>
public static class EntityLayers
{
    /// <summary>Named-entity mentions, in text order, never overlapping.</summary>
    public static readonly LayerKey<EntityMention> Entities = new("doc.entities");
}
