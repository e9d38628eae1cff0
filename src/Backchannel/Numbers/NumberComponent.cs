using System.Runtime.InteropServices;
using Backchannel.Documents;
using Backchannel.Pipeline;
using Backchannel.Text;

namespace Backchannel.Numbers;

/// <summary>The pipeline stage that assigns <see cref="NumberLayers.Quantities"/> from the tokens and sentences.</summary>
public sealed class NumberComponent : IPipelineComponent
{
    /// <summary>The component's name in a pipeline.</summary>
    public const string ComponentName = "numbers";

    /// <inheritdoc />
    public string Name => ComponentName;

    /// <inheritdoc />
    public IReadOnlyList<LayerKey> Requires { get; } = [TextLayers.Tokens, TextLayers.Sentences];

    /// <inheritdoc />
    public IReadOnlyList<LayerKey> Assigns { get; } = [NumberLayers.Quantities];

    /// <inheritdoc />
    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var found = QuantityScanner.Scan(document.Text, document.Get(TextLayers.Tokens).AsSpan(), document.Get(TextLayers.Sentences).AsSpan(), cancellationToken);
        return document.With(NumberLayers.Quantities, ImmutableCollectionsMarshal.AsImmutableArray(found));
    }
}
