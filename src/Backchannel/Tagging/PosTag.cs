using Backchannel.Documents;

namespace Backchannel.Tagging;

/// <summary>The Penn Treebank part-of-speech tag of one token (same span as the token).</summary>
/// <param name="Start">Offset of the token's first character.</param>
/// <param name="End">Offset one past the token's last character.</param>
/// <param name="Tag">The tag, e.g. <c>NNP</c> or <c>VBD</c> (a shared string from the model's tag set).</param>
public readonly record struct PosTag(int Start, int End, string Tag) : ISpan;
