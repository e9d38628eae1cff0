using Backchannel.Corpus;
using Backchannel.Documents;
using Backchannel.Storage;
using Backchannel.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Backchannel.Tests.Storage;

public sealed class DocumentStoreAddTests : IDisposable
{
    private const string Article = "The ferry operators and the port authority resumed talks on Tuesday.\nBoth sides called the session useful.";

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Added_documents_are_counted_and_reported_by_id()
    {
        using var store = DocumentStore.Open(_temp.File("store.db"));
        var first = SampleDocuments.Numbered(1);
        var second = SampleDocuments.Numbered(2);

        var outcome = store.AddBatch([first, second]);

        Assert.Equal([first.Id, second.Id], outcome.Added.ToArray());
        Assert.Empty(outcome.Duplicates.ToArray());
        Assert.Equal(2, store.CountDocuments());
    }

    [Fact]
    public void The_same_content_twice_in_one_batch_is_stored_once_with_both_paths()
    {
        using var store = DocumentStore.Open(_temp.File("store.db"));
        var original = SampleDocuments.Make(Article, "inbox/a.txt");
        var copy = SampleDocuments.Make(Article, "archive/a-copy.txt");

        var outcome = store.AddBatch([original, copy]);

        Assert.Equal([original.Id], outcome.Added.ToArray());
        Assert.Equal([(original.Id, (string?)"archive/a-copy.txt")], outcome.Duplicates.ToArray());
        Assert.Equal(1, store.CountDocuments());
        Assert.Equal(["inbox/a.txt", "archive/a-copy.txt"], store.PathsOf(original.Id));
    }

    [Fact]
    public void Content_already_stored_by_an_earlier_batch_is_a_duplicate_that_keeps_its_path()
    {
        using var store = DocumentStore.Open(_temp.File("store.db"));
        var original = SampleDocuments.Make(Article, "inbox/a.txt");
        store.AddBatch([original]);

        var outcome = store.AddBatch([SampleDocuments.Make(Article, "elsewhere/same.txt")]);

        Assert.Empty(outcome.Added.ToArray());
        Assert.Equal([(original.Id, (string?)"elsewhere/same.txt")], outcome.Duplicates.ToArray());
        Assert.Equal(1, store.CountDocuments());
        Assert.Equal(["inbox/a.txt", "elsewhere/same.txt"], store.PathsOf(original.Id));
        Assert.Equal("inbox/a.txt", Assert.Single(store.Snapshot().Documents).Metadata.Path);
    }

    [Fact]
    public void Content_differing_only_in_whitespace_is_a_duplicate()
    {
        using var store = DocumentStore.Open(_temp.File("store.db"));
        var reflowed = "  The ferry operators and the port authority\tresumed talks on Tuesday.\r\n\r\nBoth sides   called the session useful.\n\n";
        var original = SampleDocuments.Make(Article, "a.txt");
        var variant = SampleDocuments.Make(reflowed, "a-reflowed.txt");

        store.AddBatch([original]);
        var outcome = store.AddBatch([variant]);

        Assert.Equal(original.Sha256, variant.Sha256);
        Assert.Empty(outcome.Added.ToArray());
        Assert.Single(outcome.Duplicates.ToArray());
        Assert.Equal(1, store.CountDocuments());
    }

    [Fact]
    public void Adding_the_same_file_again_records_its_path_only_once()
    {
        using var store = DocumentStore.Open(_temp.File("store.db"));
        var document = SampleDocuments.Make(Article, "inbox/a.txt");

        store.AddBatch([document]);
        store.AddBatch([document]);

        Assert.Equal(["inbox/a.txt"], store.PathsOf(document.Id));
    }

    [Fact]
    public void A_batch_cancelled_midway_keeps_nothing()
    {
        using var store = DocumentStore.Open(_temp.File("store.db"));
        using var cancellation = new CancellationTokenSource();
        var documents = Enumerable.Range(1, 5).Select(n => SampleDocuments.Numbered(n)).ToList();

        // The annotation hook runs after each document is inserted, so cancelling there leaves rows to roll back.
        Assert.Throws<OperationCanceledException>(() => store.AddBatch(documents, _ =>
        {
            cancellation.Cancel();
            return [];
        }, cancellation.Token));

        Assert.Equal(0, store.CountDocuments());
        Assert.Empty(store.Search("harbour"));
        Assert.Empty(store.CheckIntegrity());
    }

    [Fact]
    public void An_uncommitted_write_from_another_connection_leaves_no_partial_rows()
    {
        using (var store = DocumentStore.Open(_temp.File("store.db")))
        {
            store.AddBatch([SampleDocuments.Numbered(1)]);
        }

        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _temp.File("store.db"), Pooling = false }.ToString()))
        {
            connection.Open();
            var transaction = connection.BeginTransaction();
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = """
                INSERT INTO documents (id, sha256, text, added_at) VALUES ('dpartial00001', 'partialhash', 'half written harbour text', '2020-01-01T00:00:00.0000000+00:00');
                INSERT INTO document_paths (document_id, path, first_seen) VALUES ('dpartial00001', 'p.txt', '2020-01-01T00:00:00.0000000+00:00');
                """;
            command.ExecuteNonQuery();

            // Disposed without Commit: what a killed process leaves behind.
            transaction.Dispose();
        }

        using var reopened = DocumentStore.Open(_temp.File("store.db"));
        Assert.Equal(1, reopened.CountDocuments());
        Assert.Empty(reopened.PathsOf("dpartial00001"));
        Assert.Empty(reopened.Search("half written"));
        Assert.Empty(reopened.CheckIntegrity());
    }

    [Fact]
    public void Annotation_rows_are_stored_for_added_documents()
    {
        using var store = DocumentStore.Open(_temp.File("store.db"));
        var document = SampleDocuments.Make(Article, "a.txt");

        store.AddBatch([document], d => [new Annotation("test.layer", 4, 9, "ORG", """{"score":0.5}"""), new Annotation("test.layer", 0, 3)]);

        Assert.Equal(
            [new Annotation("test.layer", 0, 3), new Annotation("test.layer", 4, 9, "ORG", """{"score":0.5}""")],
            store.ReadAnnotations(document.Id, "test.layer"));
        Assert.Empty(store.ReadAnnotations(document.Id, "other.layer"));
    }

    [Fact]
    public void Invalid_annotation_json_fails_the_batch_as_BC3003_and_keeps_nothing()
    {
        using var store = DocumentStore.Open(_temp.File("store.db"));

        var exception = Assert.Throws<Backchannel.Errors.BackchannelException>(
            () => store.AddBatch([SampleDocuments.Make(Article, "a.txt")], _ => [new Annotation("test.layer", 0, 3, DataJson: "{not json")]));

        Assert.Equal(Backchannel.Errors.ErrorCode.StoreOperationFailed, exception.Error.Code);
        Assert.Equal(0, store.CountDocuments());
    }

    [Fact]
    public void A_document_without_a_path_is_stored_without_provenance_rows()
    {
        using var store = DocumentStore.Open(_temp.File("store.db"));
        var document = new Document("A note typed straight into standard input about the harbour.", new DocumentMetadata());

        store.AddBatch([document]);

        Assert.Equal(1, store.CountDocuments());
        Assert.Empty(store.PathsOf(document.Id));
    }
}
