using Backchannel.Documents;

namespace Backchannel.Corpus;

/// <summary>
/// A labelled span of a document as the store keeps it: the common shape every stage's items are exported to, so the
/// store needs no table per stage and a report section can read any layer.
/// </summary>
/// <param name="Layer">Stored layer name, e.g. <c>entities</c> (see <see cref="AnnotationLayers"/>).</param>
/// <param name="Start">Offset of the first character (UTF-16 code units).</param>
/// <param name="End">Offset one past the last character.</param>
/// <param name="Label">Short label, e.g. an entity type.</param>
/// <param name="DataJson">Further fields as a JSON object (normalised values, confidence), or null.</param>
public sealed record Annotation(string Layer, int Start, int End, string? Label = null, string? DataJson = null) : ISpan;
