using System.Collections.Concurrent;
using Backchannel.Pipeline;

namespace Backchannel.Tests.Pipeline;

/// <summary>
/// Issue 17.1: <see cref="Backchannel.Pipeline.Pipeline.LoadInBackground"/> loads the components last first, so the
/// first document's thread (which loads front to back) meets it in the middle; a failing load does not stop the rest.
/// </summary>
public sealed class PipelineLoadTests
{
    [Fact]
    public async Task Components_load_last_first_and_a_failing_load_does_not_stop_the_others()
    {
        var loaded = new ConcurrentQueue<string>();
        var pipeline = new PipelineBuilder()
            .Add(new TestComponent("first", [], [TestComponent.A], load: () => loaded.Enqueue("first")))
            .Add(new TestComponent("broken", [], [], load: () => throw new InvalidOperationException("model missing")))
            .Add(new TestComponent("last", [TestComponent.A], [TestComponent.B], load: () => loaded.Enqueue("last")))
            .Build();

        await pipeline.LoadInBackground();

        Assert.Equal(["last", "first"], loaded);
    }
}
