using Backchannel.Pipeline;

namespace Backchannel.Quotes;

/// <summary>Plugs the quote stage into a <see cref="PipelineBuilder"/>.</summary>
public static class QuotePipelineExtensions
{
    /// <summary>Adds the <see cref="QuoteComponent"/> unless the builder already has one.</summary>
    public static PipelineBuilder UseQuotes(this PipelineBuilder builder, QuoteModel? model = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Contains(QuoteComponent.ComponentName) ? builder : builder.Add(new QuoteComponent(model));
    }
}
