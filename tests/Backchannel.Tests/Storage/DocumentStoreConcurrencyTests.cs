using Backchannel.Documents;
using Backchannel.Storage;
using Backchannel.Tests.Support;

namespace Backchannel.Tests.Storage;

public sealed class DocumentStoreConcurrencyTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Two_stores_on_one_file_adding_overlapping_batches_from_two_threads_store_each_content_once()
    {
        using (DocumentStore.Open(_temp.File("store.db")))
        {
        }

        // Both writers add documents 0..199 in small batches, in opposite orders, so they collide often.
        const int Count = 200;
        var outcomes = new BatchOutcome[2][];
        var failures = new Exception?[2];
        var threads = new Thread[2];
        using var start = new Barrier(2);
        for (var w = 0; w < 2; w++)
        {
            var writer = w;
            threads[w] = new Thread(() =>
            {
                var order = Enumerable.Range(0, Count).Select(n => writer == 0 ? n : Count - 1 - n);
                var batches = order.Chunk(10).Select(c => (IReadOnlyList<Document>)[.. c.Select(n => SampleDocuments.Numbered(n, $"writer{writer}/{n}.txt"))]).ToList();
                start.SignalAndWait();
                try
                {
                    using var store = DocumentStore.Open(_temp.File("store.db"));
                    outcomes[writer] = [.. batches.Select(b => store.AddBatch(b))];
                }
                catch (Exception exception)
                {
                    // Caught here so a SQLITE_BUSY failure fails this test instead of crashing the test host.
                    failures[writer] = exception;
                }
            });
            threads[w].Start();
        }

        foreach (var thread in threads)
        {
            thread.Join();
        }

        Assert.Equal([null, null], failures);
        var added = outcomes.SelectMany(o => o).SelectMany(o => o.Added).ToList();
        var duplicates = outcomes.SelectMany(o => o).SelectMany(o => o.Duplicates).ToList();
        Assert.Equal(Count, added.Count);
        Assert.Equal(Count, added.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(Count, duplicates.Count);

        using var check = DocumentStore.Open(_temp.File("store.db"));
        Assert.Equal(Count, check.CountDocuments());
        Assert.Empty(check.CheckIntegrity());
        Assert.All(check.Snapshot().Documents, d => Assert.Equal(2, check.PathsOf(d.Id).Count));
    }
}
