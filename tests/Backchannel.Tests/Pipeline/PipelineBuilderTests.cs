using Backchannel.Errors;
using Backchannel.Pipeline;

namespace Backchannel.Tests.Pipeline;

public sealed class PipelineBuilderTests
{
    [Fact]
    public void Build_rejects_a_component_whose_requirement_no_earlier_component_assigns()
    {
        var builder = new PipelineBuilder()
            .Add(new TestComponent("reader-of-b", [TestComponent.B], []))
            .Add(new TestComponent("writer-of-b", [], [TestComponent.B]));

        var error = Assert.Throws<BackchannelException>(() => builder.Build()).Error;

        Assert.Equal(ErrorCode.UnmetRequirement, error.Code);
        Assert.Contains("reader-of-b", error.Message, StringComparison.Ordinal);
        Assert.Contains("test.b", error.Message, StringComparison.Ordinal);
        Assert.Contains("Move 'writer-of-b'", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_accepts_components_in_dependency_order()
    {
        var pipeline = new PipelineBuilder()
            .Add(new TestComponent("writer-of-a", [], [TestComponent.A]))
            .Add(new TestComponent("reader-of-a", [TestComponent.A], [TestComponent.B]))
            .Build();

        Assert.Equal(["writer-of-a", "reader-of-a"], pipeline.Components.Select(c => c.Name));
        Assert.Equal([TestComponent.A, TestComponent.B], pipeline.Assigns);
    }

    [Fact]
    public void Build_rejects_two_components_with_one_name()
    {
        var builder = new PipelineBuilder()
            .Add(new TestComponent("same", [], []))
            .Add(new TestComponent("same", [], []));

        Assert.Equal(ErrorCode.DuplicateComponent, Assert.Throws<BackchannelException>(() => builder.Build()).Error.Code);
    }

    [Fact]
    public void A_built_pipeline_does_not_change_when_the_builder_does()
    {
        var builder = new PipelineBuilder().Add(new TestComponent("first", [], []));
        var pipeline = builder.Build();

        builder.Add(new TestComponent("second", [], []));

        Assert.Single(pipeline.Components);
    }
}
