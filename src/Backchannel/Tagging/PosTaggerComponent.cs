using System.Runtime.InteropServices;
using Backchannel.Documents;
using Backchannel.Pipeline;
using Backchannel.Text;

namespace Backchannel.Tagging;

/// <summary>The pipeline stage that assigns <see cref="TaggingLayers.Pos"/>, one tag per token, sentence by sentence.</summary>
public sealed class PosTaggerComponent : IPipelineComponent
{
    /// <summary>The component's name in a pipeline.</summary>
    public const string ComponentName = "pos-tagger";

    [ThreadStatic]
    private static int[]? t_tags;

    private readonly PosTagger? _tagger;

    /// <summary>Uses <paramref name="tagger"/>, or the shipped tagger (loaded on first use) when it is null.</summary>
    public PosTaggerComponent(PosTagger? tagger = null) => _tagger = tagger;

    /// <inheritdoc />
    public string Name => ComponentName;

    /// <inheritdoc />
    public IReadOnlyList<string> ModelFiles => _tagger is null ? [PosTagger.ModelFileName, Path.ChangeExtension(PosTagger.ModelFileName, ".lex")] : [];

    /// <inheritdoc />
    public IReadOnlyList<LayerKey> Requires { get; } = [TextLayers.Tokens, TextLayers.Sentences];

    /// <inheritdoc />
    public IReadOnlyList<LayerKey> Assigns { get; } = [TaggingLayers.Pos];

    /// <inheritdoc />
    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tagger = _tagger ?? PosTagger.Shipped;
        var tokens = document.Get(TextLayers.Tokens).AsSpan();
        var result = new PosTag[tokens.Length];
        var text = document.Text.AsSpan();
        var next = 0;
        foreach (var sentence in document.Get(TextLayers.Sentences))
        {
            cancellationToken.ThrowIfCancellationRequested();

            // Tokens outside every sentence (the splitter should leave none) are tagged as a run of their own,
            // so the layer always lines up with the tokens.
            if (sentence.FirstToken > next)
            {
                TagRange(tagger, text, tokens, next, sentence.FirstToken - next, result);
            }

            TagRange(tagger, text, tokens, sentence.FirstToken, sentence.TokenCount, result);
            next = sentence.FirstToken + sentence.TokenCount;
        }

        if (next < tokens.Length)
        {
            TagRange(tagger, text, tokens, next, tokens.Length - next, result);
        }

        return document.With(TaggingLayers.Pos, ImmutableCollectionsMarshal.AsImmutableArray(result));
    }

    private static void TagRange(PosTagger tagger, ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int count, PosTag[] result)
    {
        if (count <= 0)
        {
            return;
        }

        var tags = t_tags is { } existing && existing.Length >= count ? existing : t_tags = new int[Math.Max(count, 256)];
        tagger.Tag(text, tokens.Slice(first, count), tags);
        for (var i = 0; i < count; i++)
        {
            var token = tokens[first + i];
            result[first + i] = new PosTag(token.Start, token.End, tagger.Tags[tags[i]]);
        }
    }
}
