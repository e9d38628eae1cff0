namespace Backchannel.Reporting;

/// <summary>
/// Something in a document a reader should check against the record, such as a title the record says the person did
/// not hold that day. It carries what a reader needs to judge it without opening anything else: the sentence, the
/// words that make the claim, the record's facts and where the record got them.
/// </summary>
/// <param name="DocumentId">The document the claim is in.</param>
/// <param name="SentenceStart">Where the sentence holding the claim starts (UTF-16 offset).</param>
/// <param name="SentenceEnd">Where it ends.</param>
/// <param name="ClaimStart">Where the claim's words start (inside the sentence).</param>
/// <param name="ClaimEnd">Where they end.</param>
/// <param name="Summary">One line: what the text says against what the record says.</param>
/// <param name="Facts">The record's facts, one line each (who held the post, the term, the person's own terms).</param>
/// <param name="Citations">The record's sources for those facts.</param>
public sealed record ReportFlag(
    string DocumentId,
    int SentenceStart,
    int SentenceEnd,
    int ClaimStart,
    int ClaimEnd,
    string Summary,
    IReadOnlyList<string> Facts,
    IReadOnlyList<string> Citations)
{
    /// <summary>The id of the flag's entry in the index (stable: document and offset).</summary>
    public string IndexAnchor => $"flag-{DocumentId}-{ClaimStart}";

    /// <summary>The id of the flag's sentence on its document's page.</summary>
    public string SentenceAnchor => $"at-{DocumentId}-{ClaimStart}";
}
