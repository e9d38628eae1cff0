using System.Collections.Immutable;
using Backchannel.Documents;
using Backchannel.Pipeline;

namespace Backchannel.Tests.Pipeline;

/// <summary>A component built by hand for pipeline tests: declared layers plus an optional action per document.</summary>
internal sealed class TestComponent(string name, LayerKey[] requires, LayerKey[] assigns, Func<Document, CancellationToken, Document>? process = null, Action? load = null)
    : IPipelineComponent
{
    public string Name => name;

    public IReadOnlyList<LayerKey> Requires => requires;

    public IReadOnlyList<LayerKey> Assigns => assigns;

    public Document Process(Document document, CancellationToken cancellationToken)
        => process is null ? document : process(document, cancellationToken);

    public void Load() => load?.Invoke();

    public static readonly LayerKey<TextSpan> A = new("test.a");
    public static readonly LayerKey<TextSpan> B = new("test.b");

    public static Document AssignEmpty(Document document, LayerKey<TextSpan> key) => document.With(key, ImmutableArray<TextSpan>.Empty);
}
