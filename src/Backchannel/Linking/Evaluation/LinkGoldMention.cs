namespace Backchannel.Linking.Evaluation;

/// <summary>One gold-labelled mention: where it is, which actor it names, and how it names it.</summary>
/// <param name="Start">Offset of the first character in the document text.</param>
/// <param name="End">Offset one past the last character.</param>
/// <param name="Text">The mention as written.</param>
/// <param name="EntityId">Knowledge-base id, <c>NIL</c>, or <c>NIL:tag</c> (mentions sharing a tag are one unknown actor).</param>
/// <param name="Kind">name, title, description or coreference.</param>
public sealed record LinkGoldMention(int Start, int End, string Text, string EntityId, string Kind)
{
    /// <summary>True when the gold says the knowledge base does not know the actor.</summary>
    public bool IsNil => EntityId.StartsWith("NIL", StringComparison.Ordinal);
}
