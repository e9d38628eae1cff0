using System.Runtime.InteropServices;
using Backchannel.Documents;
using Backchannel.Pipeline;
using Backchannel.Text;

namespace Backchannel.Tagging;

/// <summary>The pipeline stage that assigns <see cref="TaggingLayers.Lemmas"/>, one lemma per token.</summary>
public sealed class LemmatizerComponent : IPipelineComponent
{
    /// <summary>The component's name in a pipeline.</summary>
    public const string ComponentName = "lemmatizer";

    private readonly Lemmatizer? _lemmatizer;

    /// <summary>Uses <paramref name="lemmatizer"/>, or the shipped one (loaded on first use) when it is null.</summary>
    public LemmatizerComponent(Lemmatizer? lemmatizer = null) => _lemmatizer = lemmatizer;

    /// <inheritdoc />
    public string Name => ComponentName;

    /// <inheritdoc />
    public IReadOnlyList<string> ModelFiles => _lemmatizer is null ? [LemmaLexicon.FileName] : [];

    /// <inheritdoc />
    public IReadOnlyList<LayerKey> Requires { get; } = [TextLayers.Tokens, TaggingLayers.Pos];

    /// <inheritdoc />
    public IReadOnlyList<LayerKey> Assigns { get; } = [TaggingLayers.Lemmas];

    /// <inheritdoc />
    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var lemmatizer = _lemmatizer ?? Lemmatizer.Shipped;
        var tokens = document.Get(TextLayers.Tokens).AsSpan();
        var pos = document.Get(TaggingLayers.Pos).AsSpan();
        var text = document.Text.AsSpan();
        var result = new Lemma[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            var tag = i < pos.Length ? pos[i].Tag : "NN";
            result[i] = new Lemma(token.Start, token.End, lemmatizer.Lemmatize(text[token.Start..token.End], tag));
        }

        return document.With(TaggingLayers.Lemmas, ImmutableCollectionsMarshal.AsImmutableArray(result));
    }
}
