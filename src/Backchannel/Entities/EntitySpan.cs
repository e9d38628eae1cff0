namespace Backchannel.Entities;

/// <summary>An entity over token positions of one sentence (or a whole tag sequence): [Start, End) and its type.</summary>
/// <param name="Start">Index of the first token.</param>
/// <param name="End">Index one past the last token.</param>
/// <param name="Type">Entity type, e.g. PER.</param>
public readonly record struct EntitySpan(int Start, int End, string Type);
