using Backchannel.Documents;

namespace Backchannel.Text;

/// <summary>A sentence: its character span and the range of tokens it holds.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset one past the last character.</param>
/// <param name="FirstToken">Index of the first token in the token layer.</param>
/// <param name="TokenCount">Number of tokens.</param>
public readonly record struct Sentence(int Start, int End, int FirstToken, int TokenCount) : ISpan;
