using Backchannel.Corpus;
using Backchannel.Documents;
using Backchannel.Pipeline;
using Backchannel.Storage;
using Backchannel.Storage.Migrations;
using Backchannel.Tests.Support;
using Backchannel.Text;
using Microsoft.Data.Sqlite;

namespace Backchannel.Tests.Storage;

public sealed class PipelineVersionStoreTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static PipelineVersion Version(string fingerprint) => new(fingerprint, "{\"components\":[],\"models\":[]}");

    /// <summary>A store as the code before schema v2 made it: documents and annotations, no pipeline recorded.</summary>
    internal static string OldStore(TempFolder temp, string text)
    {
        var path = temp.File("old.db");
        using (DocumentStore.Open(path, [MigrationCatalog.All[0]]))
        {
        }

        var document = new Document(text, new DocumentMetadata { Title = "Old", Path = "old.txt", Format = "txt" });
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO documents (id, sha256, title, path, format, published_origin, text, added_at)
            VALUES ($id, $sha, 'Old', 'old.txt', 'txt', 'Unknown', $text, '2025-12-01T00:00:00.0000000+00:00');
            INSERT INTO annotations (document_id, layer, start, "end", label, data) VALUES ($id, 'entities', 0, 4, 'PER', '{"confidence":0.9}');
            """;
        command.Parameters.AddWithValue("$id", document.Id);
        command.Parameters.AddWithValue("$sha", document.Sha256);
        command.Parameters.AddWithValue("$text", text);
        command.ExecuteNonQuery();
        return path;
    }

    [Fact]
    public void A_store_made_before_pipeline_versions_opens_migrated_with_everything_kept_and_every_document_behind()
    {
        var path = OldStore(_temp, "Ruth Ansel met the envoys in Harbourtown on Tuesday.");

        using var store = DocumentStore.Open(path);

        Assert.Equal(2, store.SchemaVersion);
        Assert.Equal(1, store.CountDocuments());
        var snapshot = store.Snapshot();
        var row = Assert.Single(snapshot.Annotations);
        Assert.Equal(("entities", 0, 4, "PER"), (row.Annotation.Layer, row.Annotation.Start, row.Annotation.End, row.Annotation.Label));
        Assert.Equal(1, store.CountBehind(Version("0123456789abcdef")));
        Assert.Empty(store.CheckIntegrity());
    }

    [Fact]
    public void Documents_added_with_a_version_are_behind_only_another_version()
    {
        using var store = DocumentStore.Open(_temp.File("s.db"));
        var current = Version("aaaaaaaaaaaaaaaa");
        store.AddBatch([SampleDocuments.Numbered(1), SampleDocuments.Numbered(2)], null, current);
        store.AddBatch([SampleDocuments.Numbered(3)], null);

        Assert.Equal(1, store.CountBehind(current));
        Assert.Equal(3, store.CountBehind(Version("bbbbbbbbbbbbbbbb")));
        Assert.Equal("aaaaaaaaaaaaaaaa", DocumentStoreOpenTests.Scalar(_temp.File("s.db"), "SELECT fingerprint FROM pipelines;"));
    }

    [Fact]
    public void Reading_behind_pages_by_id_and_replacing_swaps_annotations_and_date_without_duplicates()
    {
        using var store = DocumentStore.Open(_temp.File("s.db"));
        var documents = Enumerable.Range(1, 5).Select(n => SampleDocuments.Numbered(n)).ToList();
        store.AddBatch(documents, d => [new Annotation("old", 0, 8, "X")]);
        var next = Version("cccccccccccccccc");

        var first = store.ReadBehind(next, null, 3);
        var second = store.ReadBehind(next, first[^1].Id, 3);
        Assert.Equal(3, first.Count);
        Assert.Equal(2, second.Count);
        Assert.Equal(documents.Select(d => d.Id).Order(StringComparer.Ordinal), first.Concat(second).Select(d => d.Id));

        var dated = new DateTimeOffset(2025, 3, 4, 0, 0, 0, TimeSpan.Zero);
        var redone = first.Select(d => new Document(d.Text, d.Metadata with { Published = dated, PublishedOrigin = PublishedOrigin.Inferred })).ToList();
        var updated = store.ReplaceAnnotations(redone, d => [new Annotation("new", 0, 3, "Y"), new Annotation("new", 4, 6, "Z")], next);

        Assert.Equal(3, updated);
        Assert.Equal(2, store.CountBehind(next));
        var snapshot = store.Snapshot();
        foreach (var id in first.Select(d => d.Id))
        {
            Assert.Equal(["new", "new"], snapshot.Annotations.Where(a => a.DocumentId == id).Select(a => a.Annotation.Layer));
            Assert.Equal(dated, snapshot.Documents.Single(d => d.Id == id).Metadata.Published);
        }

        Assert.All(second, d => Assert.Equal(["old"], snapshot.Annotations.Where(a => a.DocumentId == d.Id).Select(a => a.Annotation.Layer)));
        Assert.Equal(5, store.CountDocuments());
    }

    [Fact]
    public void A_replacement_that_fails_midway_keeps_the_whole_batch_as_it_was()
    {
        using var store = DocumentStore.Open(_temp.File("s.db"));
        var documents = Enumerable.Range(1, 3).Select(n => SampleDocuments.Numbered(n)).ToList();
        store.AddBatch(documents, d => [new Annotation("old", 0, 8, "X")]);
        var calls = 0;

        Assert.ThrowsAny<Exception>(() => store.ReplaceAnnotations(documents, d => ++calls == 2 ? throw new InvalidOperationException("boom") : [new Annotation("new", 0, 3)], Version("dddddddddddddddd")));

        Assert.Equal(3, store.CountBehind(Version("dddddddddddddddd")));
        Assert.All(store.Snapshot().Annotations, a => Assert.Equal("old", a.Annotation.Layer));
    }

    [Fact]
    public void The_pipeline_version_names_its_components_and_hashes_their_model_files()
    {
        _temp.Write("models/a.bin", "first model");
        var pipeline = new PipelineBuilder().UseTokenizer().Add(new ModelComponent()).Build();

        var before = PipelineVersion.Of(pipeline, _temp.File("models"));
        _temp.Write("models/a.bin", "retrained model");
        var after = PipelineVersion.Of(pipeline, _temp.File("models"));
        var fewer = PipelineVersion.Of(new PipelineBuilder().UseTokenizer().Build(), _temp.File("models"));

        Assert.Contains("\"name\":\"tokenizer\"", before.Description, StringComparison.Ordinal);
        Assert.Contains("\"file\":\"a.bin\"", before.Description, StringComparison.Ordinal);
        Assert.Equal(16, before.Fingerprint.Length);
        Assert.NotEqual(before.Fingerprint, after.Fingerprint);
        Assert.NotEqual(before.Fingerprint, fewer.Fingerprint);
        Assert.Equal(after, PipelineVersion.Of(new PipelineBuilder().UseTokenizer().Add(new ModelComponent()).Build(), _temp.File("models")));
    }

    private sealed class ModelComponent : IPipelineComponent
    {
        public string Name => "model-test";

        public string Version => "7";

        public IReadOnlyList<string> ModelFiles => ["a.bin"];

        public IReadOnlyList<LayerKey> Requires => [];

        public IReadOnlyList<LayerKey> Assigns => [];

        public Document Process(Document document, CancellationToken cancellationToken) => document;
    }
}
