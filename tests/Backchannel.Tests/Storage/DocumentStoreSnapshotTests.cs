using Backchannel.Documents;
using Backchannel.Storage;
using Backchannel.Tests.Support;

namespace Backchannel.Tests.Storage;

public sealed class DocumentStoreSnapshotTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Snapshot_round_trips_every_metadata_field()
    {
        var metadata = new DocumentMetadata
        {
            ExternalId = "feed-item-77",
            Title = "Río talks: délégués agree on a timetable",
            Source = "The Lighthouse Gazette",
            Author = "A. Reporter",
            Url = "https://example.org/news/77",
            Path = "feeds/gazette.xml#3",
            Published = new DateTimeOffset(2023, 11, 14, 18, 45, 30, 250, TimeSpan.FromHours(-5)),
            PublishedHasTime = true,
            PublishedOrigin = PublishedOrigin.Override,
            Format = "rss",
        };
        var document = new Document("Delegates agreed on a timetable.\nA second line follows.", metadata);
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        using var store = DocumentStore.Open(_temp.File("store.db"));
        store.AddBatch([document]);

        var snapshot = store.Snapshot();

        var stored = Assert.Single(snapshot.Documents);
        Assert.Equal(document.Id, stored.Id);
        Assert.Equal(document.Sha256, stored.Sha256);
        Assert.Equal(document.Text, stored.Text);
        Assert.Equal(metadata, stored.Metadata);
        Assert.Equal(TimeSpan.FromHours(-5), stored.Metadata.Published!.Value.Offset);
        Assert.InRange(stored.AddedAt, before, DateTimeOffset.UtcNow.AddSeconds(1));
        Assert.Equal(DocumentStore.LatestSchemaVersion, snapshot.SchemaVersion);
    }

    [Fact]
    public void A_date_only_publication_comes_back_date_only_and_is_stored_without_a_time()
    {
        var published = new DateTimeOffset(2022, 2, 28, 0, 0, 0, TimeSpan.Zero);
        using var store = DocumentStore.Open(_temp.File("store.db"));
        store.AddBatch([SampleDocuments.Make("Only the day is known for this one.", "d.txt", published: published)]);

        var stored = Assert.Single(store.Snapshot().Documents);

        Assert.Equal(published, stored.Metadata.Published);
        Assert.False(stored.Metadata.PublishedHasTime);
        Assert.Equal(PublishedOrigin.Metadata, stored.Metadata.PublishedOrigin);
        Assert.Equal("2022-02-28", DocumentStoreOpenTests.Scalar(_temp.File("store.db"), "SELECT published FROM documents;"));
    }

    [Fact]
    public void Missing_metadata_stays_missing()
    {
        var document = new Document("Nothing is known about where this came from.", new DocumentMetadata());
        using var store = DocumentStore.Open(_temp.File("store.db"));
        store.AddBatch([document]);

        var stored = Assert.Single(store.Snapshot().Documents);

        Assert.Equal(new DocumentMetadata(), stored.Metadata);
    }

    [Fact]
    public void Snapshot_orders_by_publication_instant_then_id_with_undated_last()
    {
        // Same wall-clock hour in two offsets: the +03:00 one happened earlier.
        var early = SampleDocuments.Make("Story filed from the east.", "e.txt", published: new DateTimeOffset(2024, 5, 1, 10, 0, 0, TimeSpan.FromHours(3)), hasTime: true);
        var late = SampleDocuments.Make("Story filed from the west.", "w.txt", published: new DateTimeOffset(2024, 5, 1, 10, 0, 0, TimeSpan.FromHours(-3)), hasTime: true);
        var dayBefore = SampleDocuments.Make("Story dated only by day.", "d.txt", published: new DateTimeOffset(2024, 4, 30, 0, 0, 0, TimeSpan.Zero));
        var undatedA = SampleDocuments.Make("An undated story, first of two.", "u1.txt");
        var undatedB = SampleDocuments.Make("An undated story, second of two.", "u2.txt");
        using var store = DocumentStore.Open(_temp.File("store.db"));
        store.AddBatch([undatedA, late, undatedB, early, dayBefore]);

        var ids = store.Snapshot().Documents.Select(d => d.Id).ToList();

        var undated = new[] { undatedA.Id, undatedB.Id }.Order(StringComparer.Ordinal);
        Assert.Equal([dayBefore.Id, early.Id, late.Id, .. undated], ids);
    }
}
