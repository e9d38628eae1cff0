using Backchannel.Documents;
using Backchannel.Errors;
using Backchannel.Pipeline;

namespace Backchannel.Tests.Pipeline;

public sealed class PipelineRunTests
{
    private static IEnumerable<Document> Documents(int count)
        => Enumerable.Range(0, count).Select(i => new Document($"Article number {i}.", new DocumentMetadata { Path = $"a{i}.txt" }));

    [Fact]
    public async Task Every_document_comes_back_once_with_its_input_index()
    {
        var pipeline = new PipelineBuilder()
            .Add(new TestComponent("mark", [], [TestComponent.A], (d, _) => TestComponent.AssignEmpty(d, TestComponent.A)))
            .Build();

        var results = new List<PipelineResult>();
        await foreach (var result in pipeline.RunAsync(Documents(50), maxParallelism: 2))
        {
            results.Add(result);
        }

        Assert.Equal(Enumerable.Range(0, 50), results.Select(r => r.Index).Order());
        Assert.All(results, r => Assert.True(r.Document.Has(TestComponent.A)));
        Assert.All(results, r => Assert.Equal($"a{r.Index}.txt", r.Document.Metadata.Path));
    }

    [Fact]
    public async Task Documents_run_concurrently_but_never_beyond_the_limit()
    {
        var inside = 0;
        var peak = 0;
        using var twoInside = new CountdownEvent(2);
        var pipeline = new PipelineBuilder()
            .Add(new TestComponent("rendezvous", [], [], (d, ct) =>
            {
                var now = Interlocked.Increment(ref inside);
                InterlockedMax(ref peak, now);
                if (!twoInside.IsSet)
                {
                    twoInside.Signal();
                }

                // Waits until a second document is being processed at the same time (or gives up), proving overlap.
                twoInside.Wait(TimeSpan.FromSeconds(10), ct);
                Interlocked.Decrement(ref inside);
                return d;
            }))
            .Build();

        await foreach (var _ in pipeline.RunAsync(Documents(20), maxParallelism: 2))
        {
        }

        Assert.Equal(2, peak);
    }

    [Fact]
    public async Task A_component_failure_on_one_document_is_reported_and_the_others_go_on()
    {
        var pipeline = new PipelineBuilder()
            .Add(new TestComponent("fragile", [], [], (d, _) => d.Metadata.Path == "a3.txt" ? throw new InvalidDataException("boom") : d))
            .Build();

        var results = new List<PipelineResult>();
        await foreach (var result in pipeline.RunAsync(Documents(6), maxParallelism: 2))
        {
            results.Add(result);
        }

        var failed = Assert.Single(results, r => !r.Succeeded);
        Assert.Equal(3, failed.Index);
        Assert.Equal(ErrorCode.ComponentFailed, failed.Error!.Code);
        Assert.Equal("a3.txt", failed.Error.Path);
        Assert.Equal(5, results.Count(r => r.Succeeded));
    }

    [Fact]
    public async Task Cancelling_the_run_stops_it_with_OperationCanceledException()
    {
        using var cts = new CancellationTokenSource();
        var processed = 0;
        var pipeline = new PipelineBuilder()
            .Add(new TestComponent("counter", [], [], (d, ct) =>
            {
                if (Interlocked.Increment(ref processed) == 5)
                {
                    cts.Cancel();
                }

                ct.ThrowIfCancellationRequested();
                return d;
            }))
            .Build();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in pipeline.RunAsync(Documents(10_000), maxParallelism: 2, cts.Token))
            {
            }
        });
        Assert.True(processed < 10_000);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while (value > (current = Volatile.Read(ref target)))
        {
            Interlocked.CompareExchange(ref target, value, current);
        }
    }
}
