using Backchannel.Documents;

namespace Backchannel.Numbers;

/// <summary>A number or quantity in the text, normalised to a value, a unit and a qualifier.</summary>
/// <param name="Start">Offset of the first character (a leading qualifier such as "over" is included).</param>
/// <param name="End">Offset one past the last character.</param>
/// <param name="Kind">Cardinal, ordinal, percent, money or measure.</param>
/// <param name="Value">The number: 1.2bn → 1.2e9, 19% → 19, a third → 0.333…, fourth → 4; the lower bound of a range.</param>
/// <param name="UpperValue">The upper bound of a <see cref="QuantityQualifier.Range"/>, otherwise null.</param>
/// <param name="Unit">ISO currency code, unit name (km, hour, tonne), counted noun (troops), <c>percent</c>, <c>fraction</c> or null.</param>
/// <param name="Qualifier">One of the <see cref="QuantityQualifier"/> names, or null for an exact number.</param>
public readonly record struct Quantity(
    int Start,
    int End,
    QuantityKind Kind,
    double Value,
    double? UpperValue,
    string? Unit,
    string? Qualifier) : ISpan;
