using Backchannel.Documents;

namespace Backchannel.Corpus;

/// <summary>
/// Turns one stage's layer into stored annotations. A stage that wants its results kept and reported brings one,
/// next to its component and its report section.
/// </summary>
public interface IAnnotationExporter
{
    /// <summary>The stored layer name it writes (see <see cref="AnnotationLayers"/>).</summary>
    string Layer { get; }

    /// <summary>The annotations of one analysed document; nothing when the layer is absent.</summary>
    IEnumerable<Annotation> Export(Document document);
}
