using Backchannel.Corpus;
using Backchannel.Documents;

namespace Backchannel.Storage;

/// <summary>The SQLite store: versioned schema, WAL, deduplication by content hash, FTS5 search.</summary>
public sealed class DocumentStore : IDisposable
{
    private DocumentStore()
    {
    }

    /// <summary>Opens (creating and migrating as needed) the store at <paramref name="path"/>.</summary>
    public static DocumentStore Open(string path) => throw new NotImplementedException();

    /// <summary>The schema version after migration.</summary>
    public int SchemaVersion => throw new NotImplementedException();

    /// <summary>Number of stored documents.</summary>
    public long CountDocuments() => throw new NotImplementedException();

    /// <summary>Stores a batch in one transaction; documents whose content hash is already stored are skipped.</summary>
    public BatchOutcome AddBatch(IReadOnlyList<Document> documents, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    /// <summary>Full-text search over titles and text, best first, with highlighted snippets.</summary>
    public IReadOnlyList<SearchHit> Search(string query, int limit = 20) => throw new NotImplementedException();

    /// <summary>Everything in the store, for the outputs.</summary>
    public CorpusSnapshot Snapshot() => throw new NotImplementedException();

    /// <inheritdoc />
    public void Dispose()
    {
    }
}
