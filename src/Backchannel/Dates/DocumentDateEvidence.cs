namespace Backchannel.Dates;

/// <summary>An inferred document date and where it came from, so a reader can check it against the text.</summary>
/// <param name="Date">The inferred date of the document.</param>
/// <param name="Signal">The kind of evidence.</param>
/// <param name="Start">Offset of the stated date the inference read.</param>
/// <param name="End">Offset one past it.</param>
/// <param name="ContextStart">Offset of the line or sentence holding it.</param>
/// <param name="ContextEnd">Offset one past that line or sentence.</param>
public readonly record struct DocumentDateEvidence(DateOnly Date, DocumentDateSignal Signal, int Start, int End, int ContextStart, int ContextEnd);
