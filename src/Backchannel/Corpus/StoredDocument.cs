using Backchannel.Documents;

namespace Backchannel.Corpus;

/// <summary>A document as the store holds it: metadata, text and when it was added.</summary>
/// <param name="Id">Stable id derived from the content hash (see <see cref="Document.Id"/>).</param>
/// <param name="Sha256">Hash of the normalised content.</param>
/// <param name="Metadata">Title, source, dates and provenance.</param>
/// <param name="Text">The normalised article text.</param>
/// <param name="AddedAt">When the store first saw this content.</param>
public sealed record StoredDocument(string Id, string Sha256, DocumentMetadata Metadata, string Text, DateTimeOffset AddedAt);
