using Backchannel.Documents;

namespace Backchannel.Tagging;

/// <summary>The dictionary form of one token (same span as the token), lowercase: <c>met</c> → <c>meet</c>.</summary>
/// <param name="Start">Offset of the token's first character.</param>
/// <param name="End">Offset one past the token's last character.</param>
/// <param name="Value">The lemma; strings from the lexicon are shared, not copied per token.</param>
public readonly record struct Lemma(int Start, int End, string Value) : ISpan;
