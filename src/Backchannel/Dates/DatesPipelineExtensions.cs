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

    /// <summary>
    /// Adds the <see cref="DocumentDateComponent"/> (a date for documents whose source gave none) unless the builder
    /// already has one. Add it before the components that read the date (dates, linker).
    /// </summary>
    public static PipelineBuilder UseDocumentDate(this PipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Contains(DocumentDateComponent.ComponentName) ? builder : builder.Add(new DocumentDateComponent());
    }
}
