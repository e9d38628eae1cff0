using Backchannel.Documents;

namespace Backchannel.Corpus;

/// <summary>
/// An exporter for one span layer: each item becomes an annotation over the item's own span, with the label and
/// data a stage chooses. Documents without the layer export nothing.
/// </summary>
/// <typeparam name="T">The layer's item type.</typeparam>
public abstract class LayerExporter<T> : IAnnotationExporter
    where T : ISpan
{
    private readonly LayerKey<T> _key;

    /// <summary>Exports <paramref name="key"/> as the stored layer <paramref name="layer"/>.</summary>
    protected LayerExporter(string layer, LayerKey<T> key)
    {
        Layer = layer;
        _key = key;
    }

    /// <inheritdoc />
    public string Layer { get; }

    /// <inheritdoc />
    public IEnumerable<Annotation> Export(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (!document.Has(_key))
        {
            return [];
        }

        return document.Get(_key).Select(item =>
        {
            var (label, data) = Describe(item);
            return new Annotation(Layer, item.Start, item.End, label, data);
        });
    }

    /// <summary>The label and JSON data (see <see cref="AnnotationData"/>) stored for one item.</summary>
    protected abstract (string? Label, string? DataJson) Describe(T item);
}
