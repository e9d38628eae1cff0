namespace Backchannel.Numbers;

/// <summary>A qualifier phrase: its words and the <see cref="QuantityQualifier"/> name it sets.</summary>
internal sealed record QualifierPhrase(string[] Words, string Qualifier);
