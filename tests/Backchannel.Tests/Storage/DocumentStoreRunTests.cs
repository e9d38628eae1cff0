using Backchannel.Errors;
using Backchannel.Storage;
using Backchannel.Tests.Support;

namespace Backchannel.Tests.Storage;

public sealed class DocumentStoreRunTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_finished_run_records_its_counts_and_errors()
    {
        using var store = DocumentStore.Open(_temp.File("store.db"));
        var id = store.BeginRun(4);

        var finished = store.FinishRun(id, 2, 1, 1, [new BackchannelError(ErrorCode.EmptyInput, "The file is empty.", "empty.txt")]);

        Assert.True(finished);
        var run = Assert.Single(store.ListRuns());
        Assert.Equal(id, run.Id);
        Assert.Equal(RunStatus.Finished, run.Status);
        Assert.NotNull(run.FinishedAt);
        Assert.True(run.FinishedAt >= run.StartedAt);
        Assert.Equal((4, 2, 1, 1, 1), (run.Inputs, run.Added, run.Duplicates, run.Failed, run.ErrorCount));
        Assert.Equal("BC1003", DocumentStoreOpenTests.Scalar(_temp.File("store.db"), $"SELECT code FROM run_errors WHERE run_id = {id} AND path = 'empty.txt';"));
    }

    [Fact]
    public void A_run_begun_without_a_count_records_the_inputs_given_when_it_finishes()
    {
        using var store = DocumentStore.Open(_temp.File("store.db"));
        var id = store.BeginRun();

        store.FinishRun(id, 7, 5, 2, 0, []);

        var run = Assert.Single(store.ListRuns());
        Assert.Equal((7, 5, 2, 0, 0), (run.Inputs, run.Added, run.Duplicates, run.Failed, run.ErrorCount));
    }

    [Fact]
    public void Finishing_an_unknown_run_returns_false_and_records_nothing()
    {
        using var store = DocumentStore.Open(_temp.File("store.db"));

        Assert.False(store.FinishRun(999, 0, 0, 1, [new BackchannelError(ErrorCode.EmptyInput, "The file is empty.", "e.txt")]));
        Assert.Equal(0L, DocumentStoreOpenTests.Scalar(_temp.File("store.db"), "SELECT count(*) FROM run_errors;"));
    }

    [Fact]
    public void A_run_of_a_live_process_stays_running_when_another_store_opens()
    {
        using var store = DocumentStore.Open(_temp.File("store.db"));
        var id = store.BeginRun(1);

        using var other = DocumentStore.Open(_temp.File("store.db"));

        var run = Assert.Single(other.ListRuns());
        Assert.Equal(RunStatus.Running, run.Status);
        Assert.Null(run.FinishedAt);
        Assert.Null(run.Added);
    }

    [Fact]
    public void A_run_left_open_by_a_dead_process_is_marked_interrupted_on_the_next_open()
    {
        using (var store = DocumentStore.Open(_temp.File("store.db")))
        {
            store.BeginRun(3);
        }

        // Pretend the run belonged to a process that has since gone: no process has id int.MaxValue.
        DocumentStoreOpenTests.Scalar(_temp.File("store.db"), $"UPDATE runs SET pid = {int.MaxValue};");

        using var reopened = DocumentStore.Open(_temp.File("store.db"));
        var run = Assert.Single(reopened.ListRuns());
        Assert.Equal(RunStatus.Interrupted, run.Status);
        Assert.Null(run.FinishedAt);
        Assert.Equal(3, run.Inputs);
    }
}
