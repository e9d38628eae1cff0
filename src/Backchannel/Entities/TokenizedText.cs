using Backchannel.Text;

namespace Backchannel.Entities;

/// <summary>A text with its tokens and sentences: what the recognizer reads, whether from the pipeline or a CoNLL file.</summary>
/// <param name="Text">The text the offsets point into.</param>
/// <param name="Tokens">Tokens in text order.</param>
/// <param name="Sentences">Sentences in text order, covering whole tokens.</param>
public sealed record TokenizedText(string Text, Token[] Tokens, Sentence[] Sentences);
