using Backchannel.Corpus;
using Backchannel.Documents;

namespace Backchannel.Entities;

/// <summary>Stores entity mentions as <c>entities</c> annotations labelled with their type and a confidence.</summary>
public sealed class EntityExporter : IAnnotationExporter
{
    /// <inheritdoc />
    public string Layer => AnnotationLayers.Entities;

    /// <inheritdoc />
    public IEnumerable<Annotation> Export(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (!document.Has(EntityLayers.Entities))
        {
            yield break;
        }

        foreach (var mention in document.Get(EntityLayers.Entities))
        {
            var confidence = Math.Round(mention.Confidence, 3);
            yield return new Annotation(Layer, mention.Start, mention.End, mention.Label, AnnotationData.Object(w => w.WriteNumber("confidence", confidence)));
        }
    }
}
