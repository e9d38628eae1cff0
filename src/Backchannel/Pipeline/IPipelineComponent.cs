using Backchannel.Documents;

namespace Backchannel.Pipeline;

/// <summary>
/// One stage of the per-document pipeline. Implementations must be thread-safe and stateless per call:
/// a frozen <see cref="Pipeline"/> runs the same instance over many documents at once.
/// </summary>
public interface IPipelineComponent
{
    /// <summary>Unique name within a pipeline, e.g. <c>tokenizer</c>.</summary>
    string Name { get; }

    /// <summary>Layers this component reads; each must be assigned by an earlier component.</summary>
    IReadOnlyList<LayerKey> Requires { get; }

    /// <summary>Layers this component adds.</summary>
    IReadOnlyList<LayerKey> Assigns { get; }

    /// <summary>Returns the document with this component's layers added.</summary>
    Document Process(Document document, CancellationToken cancellationToken);

    /// <summary>
    /// Loads now what the component would otherwise load on its first document (models, indexes), so a caller can
    /// load it on another thread while earlier components run. Thread-safe and idempotent; does nothing by default.
    /// </summary>
    void Load()
    {
    }
}
