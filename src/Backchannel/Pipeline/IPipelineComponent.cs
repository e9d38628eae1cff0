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

    /// <summary>
    /// The version of what the component computes, recorded with every document it annotates (see
    /// <see cref="PipelineVersion"/>). Bump it when a change alters its output, so stores annotated before are known to
    /// be behind and <c>backchannel reanalyze</c> redoes them. A model file's change is seen without it (by hash).
    /// </summary>
    string Version => "1";

    /// <summary>
    /// The shipped model files (names in the models folder) whose content decides the output; their SHA-256 are part
    /// of the pipeline's version. Empty for rules, and for a component given a model in code.
    /// </summary>
    IReadOnlyList<string> ModelFiles => [];

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
