using Backchannel.Documents;

namespace Backchannel.Dates;

/// <summary>
/// A temporal expression normalised to TIMEX3: offsets of the words (whole tokens), the type, the ISO-8601-based
/// value and an optional modifier.
/// </summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset one past the last character.</param>
/// <param name="Type">DATE, TIME, DURATION or SET.</param>
/// <param name="Value">
/// The TIMEX3 value: <c>2026-01-20</c>, <c>2026-01</c>, <c>2026-W04</c>, <c>2026-Q1</c>, <c>2024-SU</c>, <c>199</c>
/// (a decade), <c>2026-01-20T15:30</c>, <c>2026-01-21TMO</c>, <c>P2Y</c>, <c>PT2H</c>, <c>PXY</c>,
/// <c>PRESENT_REF</c>, <c>PAST_REF</c>, <c>FUTURE_REF</c>, <c>XXXX-WXX-1</c>. Unknown digits are <c>X</c>.
/// </param>
/// <param name="Mod">A TimeML modifier (START, MID, END, APPROX, LESS_THAN, MORE_THAN, EQUAL_OR_LESS, EQUAL_OR_MORE …) or null.</param>
/// <param name="Anchored">
/// True when the value was computed from the document date (or needs none); false when the expression is relative
/// and no document date was known, so the value holds X placeholders (<c>XXXX-XX-XX</c> for "yesterday").
/// </param>
public readonly record struct Timex(int Start, int End, TimexType Type, string Value, string? Mod, bool Anchored) : ISpan
{
    /// <summary>The type as TimeML spells it: DATE, TIME, DURATION or SET.</summary>
    public string TypeName => Type switch
    {
        TimexType.Date => "DATE",
        TimexType.Time => "TIME",
        TimexType.Duration => "DURATION",
        _ => "SET",
    };
}
