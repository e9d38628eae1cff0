namespace Backchannel.Dates;

/// <summary>A full calendar date written out in a text.</summary>
/// <param name="Date">The date.</param>
/// <param name="Start">Offset of its first character.</param>
/// <param name="End">Offset one past its last character.</param>
public readonly record struct ExplicitDate(DateOnly Date, int Start, int End);
