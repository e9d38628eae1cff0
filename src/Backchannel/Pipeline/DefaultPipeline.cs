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
    public static Pipeline Create() => new PipelineBuilder()
        .UseTokenizer()
        .UseTagger().UseChunker().UseLemmatizer()
        .UseEntities()
        .UseDates()
        .UseNumbers()
        .UseLinker()
        .Build();
}
