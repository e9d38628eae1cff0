using Backchannel.Storage;
using Backchannel.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Backchannel.Tests.Storage;

public sealed class DocumentStoreIntegrityTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_used_store_has_no_integrity_problems()
    {
        using var store = DocumentStore.Open(_temp.File("store.db"));
        store.AddBatch([.. Enumerable.Range(1, 20).Select(n => SampleDocuments.Numbered(n))]);
        store.AddBatch([SampleDocuments.Numbered(3, "copies/3.txt"), SampleDocuments.Numbered(21)]);
        var run = store.BeginRun(2);
        store.FinishRun(run, 1, 1, 0, []);
        store.Search("harbour council");

        Assert.Empty(store.CheckIntegrity());
    }

    [Fact]
    public void A_document_the_index_missed_is_reported()
    {
        using (var store = DocumentStore.Open(_temp.File("store.db")))
        {
            store.AddBatch([SampleDocuments.Numbered(1)]);
        }

        Execute("""
            DROP TRIGGER documents_fts_after_insert;
            INSERT INTO documents (id, sha256, text, added_at) VALUES ('dunindexed001', 'unindexedhash', 'never indexed', '2020-01-01T00:00:00.0000000+00:00');
            """);

        using var reopened = DocumentStore.Open(_temp.File("store.db"));
        var problems = reopened.CheckIntegrity();

        Assert.Contains(problems, p => p.Contains("documents_fts indexes 1 documents but documents holds 2", StringComparison.Ordinal));
    }

    [Fact]
    public void A_path_row_without_its_document_is_reported()
    {
        using (DocumentStore.Open(_temp.File("store.db")))
        {
        }

        // Any connection that turns foreign keys off (the SQLite default in many builds) can let an orphan in.
        Execute("PRAGMA foreign_keys = OFF; INSERT INTO document_paths (document_id, path, first_seen) VALUES ('dmissing00001', 'x.txt', '2020-01-01');");

        using var reopened = DocumentStore.Open(_temp.File("store.db"));

        Assert.Contains(reopened.CheckIntegrity(), p => p.StartsWith("foreign_key_check: document_paths", StringComparison.Ordinal));
    }

    private void Execute(string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _temp.File("store.db"), Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
