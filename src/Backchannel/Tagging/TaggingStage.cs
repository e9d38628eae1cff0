using Backchannel.Pipeline;
using Backchannel.Stages;
using Backchannel.Text;

namespace Backchannel.Tagging;

/// <summary>
/// Tokens and sentences, part-of-speech tags, chunks and lemmas: what every later stage reads. Nothing of it is stored
/// (a stored document is re-tokenised in milliseconds) or reported.
/// </summary>
public sealed class TaggingStage : IStage
{
    /// <inheritdoc />
    public string Name => "tagging";

    /// <inheritdoc />
    public void Setup(PipelineBuilder pipeline) => pipeline.UseTokenizer().UseTagger().UseChunker().UseLemmatizer();
}
