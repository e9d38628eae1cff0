using Backchannel.Pipeline;

namespace Backchannel.Numbers;

/// <summary>Plugs the numbers stage into a <see cref="PipelineBuilder"/>.</summary>
public static class NumberPipelineExtensions
{
    /// <summary>Adds the <see cref="NumberComponent"/> unless the builder already has one.</summary>
    public static PipelineBuilder UseNumbers(this PipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Contains(NumberComponent.ComponentName) ? builder : builder.Add(new NumberComponent());
    }
}
