namespace Backchannel.Numbers;

/// <summary>A currency word's ISO code and the factor to main units (cents → 0.01).</summary>
/// <param name="Code">ISO 4217 code.</param>
/// <param name="Factor">Multiplier to the main unit.</param>
/// <param name="IsCode">True for the ISO code itself (USD), which may also stand before the number.</param>
internal readonly record struct CurrencyEntry(string Code, double Factor, bool IsCode);
