namespace Backchannel.Numbers;

/// <summary>A lexicon entry for a spelled-out number word.</summary>
/// <param name="Type">How it combines.</param>
/// <param name="Value">Its number: 4 for four and fourth, 1e6 for million, 100 for hundreds.</param>
/// <param name="Denominator">True for ordinals that also name fractions (third … tenth).</param>
internal readonly record struct NumberWord(NumberWordType Type, double Value, bool Denominator = false);
