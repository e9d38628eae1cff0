using Backchannel.Documents;
using Backchannel.Pipeline;
using Backchannel.Text;

namespace Backchannel.Dates;

/// <summary>
/// The pipeline stage that assigns <see cref="DateLayers.Timexes"/>, anchored on the document's publication date
/// (<see cref="DocumentMetadata.Published"/>, in its own time zone). Uses the <c>doc.pos</c> layer for tense when present.
/// </summary>
public sealed class DatesComponent : IPipelineComponent
{
    /// <summary>The component's name in a pipeline.</summary>
    public const string ComponentName = "dates";

    /// <inheritdoc />
    public string Name => ComponentName;

    /// <inheritdoc />
    public IReadOnlyList<LayerKey> Requires { get; } = [TextLayers.Tokens, TextLayers.Sentences];

    /// <inheritdoc />
    public IReadOnlyList<LayerKey> Assigns { get; } = [DateLayers.Timexes];

    /// <inheritdoc />
    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tokens = document.Get(TextLayers.Tokens);
        var sentences = document.Get(TextLayers.Sentences);
        DateOnly? anchor = document.Metadata.Published is { } published ? DateOnly.FromDateTime(published.DateTime) : null;
        var tags = PosTagReader.Read(document, tokens.AsSpan());
        var timexes = TimexRecognizer.Recognize(document.Text, tokens.AsMemory(), sentences.AsMemory(), anchor, tags);
        return document.With(DateLayers.Timexes, timexes);
    }
}
