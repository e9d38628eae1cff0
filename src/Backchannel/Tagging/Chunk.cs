using Backchannel.Documents;

namespace Backchannel.Tagging;

/// <summary>A phrase chunk: its character span, its type and the tokens it covers.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset one past the last character.</param>
/// <param name="Label">Chunk type: NP, VP, PP, ADJP, ADVP, SBAR, PRT, CONJP, INTJ, LST (shared strings).</param>
/// <param name="FirstToken">Index of the first token in the token layer.</param>
/// <param name="TokenCount">Number of tokens.</param>
public readonly record struct Chunk(int Start, int End, string Label, int FirstToken, int TokenCount) : ISpan;
