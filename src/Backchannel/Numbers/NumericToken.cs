namespace Backchannel.Numbers;

/// <summary>A numeric token read by <see cref="NumericText"/>.</summary>
/// <param name="Value">The number with any glued scale applied (1.2bn → 1.2e9).</param>
/// <param name="Suffix">What followed the digits.</param>
/// <param name="Unit">The unit for <see cref="NumericSuffix.Unit"/>, else null.</param>
/// <param name="IntegerDigits">Digits before any decimal point (grouping commas not counted).</param>
/// <param name="Plain">True for bare digits: no sign, commas, decimals or suffix (what a year looks like).</param>
/// <param name="ScaleIsM">True when the glued scale was a bare <c>m</c> (million or metres).</param>
internal readonly record struct NumericToken(double Value, NumericSuffix Suffix, string? Unit, int IntegerDigits, bool Plain, bool ScaleIsM);
