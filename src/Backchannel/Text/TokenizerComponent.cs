using System.Runtime.InteropServices;
using Backchannel.Documents;
using Backchannel.Pipeline;

namespace Backchannel.Text;

/// <summary>The pipeline stage that assigns <see cref="TextLayers.Tokens"/> and <see cref="TextLayers.Sentences"/>.</summary>
public sealed class TokenizerComponent : IPipelineComponent
{
    /// <summary>The component's name in a pipeline.</summary>
    public const string ComponentName = "tokenizer";

    // Scratch lists are per thread: a frozen pipeline runs one instance on many threads at once, and reusing the
    // grown lists leaves one exact-size array per layer as the only allocation per document.
    [ThreadStatic]
    private static List<Token>? t_tokens;

    [ThreadStatic]
    private static List<Sentence>? t_sentences;

    /// <inheritdoc />
    public string Name => ComponentName;

    /// <inheritdoc />
    public IReadOnlyList<LayerKey> Requires { get; } = [];

    /// <inheritdoc />
    public IReadOnlyList<LayerKey> Assigns { get; } = [TextLayers.Tokens, TextLayers.Sentences];

    /// <inheritdoc />
    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tokens = t_tokens ??= new List<Token>(4096);
        var sentences = t_sentences ??= new List<Sentence>(256);
        tokens.Clear();
        sentences.Clear();

        var text = document.Text.AsSpan();
        Tokenizer.Tokenize(text, tokens);
        SentenceSplitter.Split(text, CollectionsMarshal.AsSpan(tokens), sentences);

        var tokenLayer = ImmutableCollectionsMarshal.AsImmutableArray(tokens.ToArray());
        var sentenceLayer = ImmutableCollectionsMarshal.AsImmutableArray(sentences.ToArray());
        return document.With(TextLayers.Tokens, tokenLayer).With(TextLayers.Sentences, sentenceLayer);
    }
}
