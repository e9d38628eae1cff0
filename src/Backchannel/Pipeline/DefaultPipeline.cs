using Backchannel.Dates;
using Backchannel.Entities;
using Backchannel.Linking;
using Backchannel.Numbers;
using Backchannel.Tagging;
using Backchannel.Text;

namespace Backchannel.Pipeline;

/// <summary>The pipeline <c>backchannel analyze</c> runs: every stage, in dependency order.</summary>
public static class DefaultPipeline
{
    /// <summary>Builds the default pipeline.</summary>
    public static Pipeline Create() => WithoutLinking().UseLinker().Build();

    /// <summary>
    /// Builds the default pipeline without the entity linker: what linking is measured against (issue 4: it may add
    /// at most 15% to the pipeline's time).
    /// </summary>
    public static Pipeline CreateWithoutLinking() => WithoutLinking().Build();

    private static PipelineBuilder WithoutLinking() => new PipelineBuilder()
        .UseTokenizer()
        .UseTagger().UseChunker().UseLemmatizer()
        .UseEntities()
        .UseDates()
        .UseNumbers();
}
