using Backchannel.Documents;

namespace Backchannel.Corpus;

/// <summary>
/// Turns one stage's layer into stored annotations. A stage brings an <see cref="ILayerCodec"/> (which is one, and also
/// reads its rows back) through <see cref="Stages.IStage.Layers"/>.
/// </summary>
public interface IAnnotationExporter
{
    /// <summary>The stored layer name it writes (see <see cref="AnnotationLayers"/>).</summary>
    string Layer { get; }

    /// <summary>The annotations of one analysed document; nothing when the layer is absent.</summary>
    IEnumerable<Annotation> Export(Document document);
}
