namespace Backchannel.Storage;

/// <summary>A full-text match.</summary>
/// <param name="Id">Document id.</param>
/// <param name="Title">Document title.</param>
/// <param name="Path">Where the document was read from.</param>
/// <param name="Snippet">Matching passage; matched terms are wrapped in <c>[</c> and <c>]</c>.</param>
/// <param name="Rank">BM25 rank (lower is better).</param>
public sealed record SearchHit(string Id, string? Title, string? Path, string Snippet, double Rank);
