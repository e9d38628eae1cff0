using Backchannel.Documents;
using Backchannel.Pipeline;

namespace Backchannel.Dates;

/// <summary>
/// Infers the date of a document whose source gave none (<see cref="DocumentDateResolver.Infer"/>): a date line or
/// dateline at the top, or a stated date the text calls today, yesterday or tomorrow; otherwise it stays unknown. It
/// is a component, not part of reading, so a document is dated by the pipeline that annotates it: a document stored
/// before the inference improved is dated again by <c>reanalyze</c>, and one already stored costs nothing on a re-run.
/// It changes the metadata only, so it assigns no layer; it runs first, since dates and links read the date.
/// </summary>
public sealed class DocumentDateComponent : IPipelineComponent
{
    /// <summary>The component's name in a pipeline.</summary>
    public const string ComponentName = "document-date";

    /// <inheritdoc />
    public string Name => ComponentName;

    /// <inheritdoc />
    public IReadOnlyList<LayerKey> Requires { get; } = [];

    /// <inheritdoc />
    public IReadOnlyList<LayerKey> Assigns { get; } = [];

    /// <inheritdoc />
    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var metadata = DocumentDateResolver.Infer(document.Metadata, document.Text);
        return ReferenceEquals(metadata, document.Metadata) ? document : document.WithMetadata(metadata);
    }
}
