using Backchannel.Documents;

namespace Backchannel.Tagging;

/// <summary>The layers the tagging stage assigns.</summary>
public static class TaggingLayers
{
    /// <summary>One part-of-speech tag per token: same count and order as <c>doc.tokens</c>.</summary>
    public static readonly LayerKey<PosTag> Pos = new("doc.pos");

    /// <summary>Phrase chunks in text order, never overlapping, each within one sentence.</summary>
    public static readonly LayerKey<Chunk> Chunks = new("doc.chunks");

    /// <summary>One lemma per token: same count and order as <c>doc.tokens</c>.</summary>
    public static readonly LayerKey<Lemma> Lemmas = new("doc.lemmas");
}
