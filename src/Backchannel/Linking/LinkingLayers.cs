using Backchannel.Documents;

namespace Backchannel.Linking;

/// <summary>The layers the linking stage assigns.</summary>
public static class LinkingLayers
{
    /// <summary>Links from names, titles, descriptions and later references to actors, in text order.</summary>
    public static readonly LayerKey<EntityLink> Links = new("doc.links");
}
