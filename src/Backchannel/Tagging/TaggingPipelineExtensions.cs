using Backchannel.Pipeline;
using Backchannel.Text;

namespace Backchannel.Tagging;

/// <summary>Plugs the tagging stage into a <see cref="PipelineBuilder"/>; each call adds what it needs first.</summary>
public static class TaggingPipelineExtensions
{
    /// <summary>Adds the tokenizer (if missing) and a <see cref="PosTaggerComponent"/> unless the builder has one.</summary>
    public static PipelineBuilder UseTagger(this PipelineBuilder builder, PosTagger? tagger = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseTokenizer();
        return builder.Contains(PosTaggerComponent.ComponentName) ? builder : builder.Add(new PosTaggerComponent(tagger));
    }

    /// <summary>Adds the tagger (if missing) and a <see cref="ChunkerComponent"/> unless the builder has one.</summary>
    public static PipelineBuilder UseChunker(this PipelineBuilder builder, Chunker? chunker = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseTagger();
        return builder.Contains(ChunkerComponent.ComponentName) ? builder : builder.Add(new ChunkerComponent(chunker));
    }

    /// <summary>Adds the tagger (if missing) and a <see cref="LemmatizerComponent"/> unless the builder has one.</summary>
    public static PipelineBuilder UseLemmatizer(this PipelineBuilder builder, Lemmatizer? lemmatizer = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseTagger();
        return builder.Contains(LemmatizerComponent.ComponentName) ? builder : builder.Add(new LemmatizerComponent(lemmatizer));
    }
}
