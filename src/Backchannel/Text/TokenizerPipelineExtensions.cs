using Backchannel.Pipeline;

namespace Backchannel.Text;

/// <summary>Plugs the text stage into a <see cref="PipelineBuilder"/>.</summary>
public static class TokenizerPipelineExtensions
{
    /// <summary>Adds the <see cref="TokenizerComponent"/> unless the builder already has one.</summary>
    public static PipelineBuilder UseTokenizer(this PipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Contains(TokenizerComponent.ComponentName) ? builder : builder.Add(new TokenizerComponent());
    }
}
