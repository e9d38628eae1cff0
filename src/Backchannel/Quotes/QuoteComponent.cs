using Backchannel.Documents;
using Backchannel.Entities;
using Backchannel.Pipeline;
using Backchannel.Tagging;
using Backchannel.Text;

namespace Backchannel.Quotes;

/// <summary>The pipeline stage that assigns <see cref="QuoteLayers.Quotes"/>.</summary>
public sealed class QuoteComponent : IPipelineComponent
{
    /// <summary>The component's name in a pipeline.</summary>
    public const string ComponentName = "quotes";

    [ThreadStatic]
    private static List<Quote>? t_quotes;

    private readonly QuoteExtractor _extractor;

    /// <summary>Uses <paramref name="model"/>, or the shipped model (loaded on first use) when null.</summary>
    public QuoteComponent(QuoteModel? model = null) => _extractor = new QuoteExtractor(model);

    /// <inheritdoc />
    public string Name => ComponentName;

    /// <inheritdoc />
    public IReadOnlyList<LayerKey> Requires { get; } =
        [TextLayers.Tokens, TextLayers.Sentences, TaggingLayers.Pos, TaggingLayers.Chunks, TaggingLayers.Lemmas, EntityLayers.Entities];

    /// <inheritdoc />
    public IReadOnlyList<LayerKey> Assigns { get; } = [QuoteLayers.Quotes];

    /// <inheritdoc />
    public void Load() => _ = _extractor.Model;

    /// <inheritdoc />
    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var quotes = t_quotes ??= new List<Quote>(64);
        quotes.Clear();
        _extractor.Extract(document, quotes);
        StatementFilter.Apply(document, quotes);
        return document.With(QuoteLayers.Quotes, [.. quotes]);
    }
}
