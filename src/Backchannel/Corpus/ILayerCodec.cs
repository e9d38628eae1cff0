using System.Text.Json;
using Backchannel.Documents;

namespace Backchannel.Corpus;

/// <summary>
/// How one stage's span layer is kept in the store and read back: layer → rows (<see cref="IAnnotationExporter.Export"/>),
/// rows → layer (<see cref="Restore"/>), and the fields one stored item contributes to <c>report.json</c>
/// (<see cref="WriteJsonFields"/>). The field names live in the codec, once, so the store, the JSON report and the HTML
/// pages cannot drift apart. Implement it with <see cref="LayerCodec{T}"/>.
/// </summary>
public interface ILayerCodec : IAnnotationExporter
{
    /// <summary>The in-memory layer the codec reads and restores.</summary>
    LayerKey Key { get; }

    /// <summary>Returns <paramref name="document"/> with the layer rebuilt from its stored rows (of this layer only).</summary>
    Document Restore(Document document, IEnumerable<Annotation> rows);

    /// <summary>Writes the stored item's own fields into the JSON object the writer is inside (<c>report.json</c>).</summary>
    void WriteJsonFields(Utf8JsonWriter writer, Annotation row);

    /// <summary>The normalised value a person reads (a TIMEX3 value, a quantity with its unit), or null.</summary>
    string? Describe(Annotation row);
}
