namespace Backchannel.Documents;

/// <summary>The layers a document gets when it is read, before any pipeline component runs.</summary>
public static class DocumentLayers
{
    /// <summary>
    /// The document's structure as its reader saw it: headings, captions, reference entries, bylines and datelines
    /// (see <see cref="RegionKind"/>), sorted by start. Set by every reader, empty when nothing was found; a document
    /// made in code has none, and components treat that as empty.
    /// </summary>
    public static readonly LayerKey<DocumentRegion> Regions = new("doc.regions");

    /// <summary>The regions of <paramref name="document"/>, or none when the layer was never set.</summary>
    public static ReadOnlySpan<DocumentRegion> RegionsOf(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Has(Regions) ? document.Get(Regions).AsSpan() : [];
    }
}
