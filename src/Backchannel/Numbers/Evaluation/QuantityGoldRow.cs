namespace Backchannel.Numbers.Evaluation;

/// <summary>One hand-labelled phrase: the quantity expected in it (or none).</summary>
/// <param name="Phrase">The text to analyse.</param>
/// <param name="Target">The part of <paramref name="Phrase"/> the expected quantity must overlap (the whole phrase when not given).</param>
/// <param name="Kind">Expected kind, or null when no quantity may overlap the target (years, phone numbers).</param>
/// <param name="Value">Expected value (lower bound of a range).</param>
/// <param name="UpperValue">Expected upper bound, or null.</param>
/// <param name="Unit">Expected unit, or null.</param>
/// <param name="Qualifier">Expected qualifier, or null.</param>
/// <param name="Line">One-based line in the file, for reports.</param>
public sealed record QuantityGoldRow(string Phrase, string Target, QuantityKind? Kind, double Value, double? UpperValue, string? Unit, string? Qualifier, int Line);
