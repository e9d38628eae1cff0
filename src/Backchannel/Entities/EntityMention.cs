using Backchannel.Documents;

namespace Backchannel.Entities;

/// <summary>A named-entity mention: a character span of the document and its label.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset one past the last character.</param>
/// <param name="Label">One of <see cref="EntityTypes"/>: PER, ORG, LOC, MISC, or the finer GPE and NORP.</param>
/// <param name="Confidence">0–1; how clearly the model preferred this label over the next best, per token.</param>
public readonly record struct EntityMention(int Start, int End, string Label, float Confidence) : ISpan;
