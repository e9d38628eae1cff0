using Backchannel.Documents;

namespace Backchannel.Text;

/// <summary>The layers the text stage assigns.</summary>
public static class TextLayers
{
    /// <summary>Tokens, in text order, never overlapping.</summary>
    public static readonly LayerKey<Token> Tokens = new("doc.tokens");

    /// <summary>Sentences, in text order, never overlapping, each covering whole tokens.</summary>
    public static readonly LayerKey<Sentence> Sentences = new("doc.sentences");
}
