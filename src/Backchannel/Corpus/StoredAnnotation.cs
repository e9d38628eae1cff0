namespace Backchannel.Corpus;

/// <summary>An annotation together with the document it belongs to.</summary>
/// <param name="DocumentId">Id of the document.</param>
/// <param name="Annotation">The span, label and data.</param>
public sealed record StoredAnnotation(string DocumentId, Annotation Annotation);
