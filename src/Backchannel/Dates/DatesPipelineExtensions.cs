using Backchannel.Pipeline;

namespace Backchannel.Dates;

/// <summary>Plugs the dates stage into a <see cref="PipelineBuilder"/>.</summary>
public static class DatesPipelineExtensions
{
    /// <summary>Adds the <see cref="DatesComponent"/> unless the builder already has one.</summary>
    public static PipelineBuilder UseDates(this PipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Contains(DatesComponent.ComponentName) ? builder : builder.Add(new DatesComponent());
    }
}
