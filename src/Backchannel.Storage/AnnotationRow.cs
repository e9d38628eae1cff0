namespace Backchannel.Storage;

/// <summary>One row of the generic <c>annotations</c> table: a labelled span of a document in a named layer.</summary>
/// <param name="Layer">Layer name, e.g. <c>entities</c> or <c>quotes</c>.</param>
/// <param name="Start">Offset of the first character (UTF-16 code units).</param>
/// <param name="End">Offset one past the last character.</param>
/// <param name="Label">Short label, e.g. an entity type.</param>
/// <param name="DataJson">Further fields as a JSON document; must be valid JSON when not null.</param>
public sealed record AnnotationRow(string Layer, int Start, int End, string? Label = null, string? DataJson = null);
