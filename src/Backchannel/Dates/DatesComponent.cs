using System.Collections.Immutable;
using Backchannel.Documents;
using Backchannel.Pipeline;
using Backchannel.Tagging;
using Backchannel.Text;

namespace Backchannel.Dates;

/// <summary>
/// The pipeline stage that assigns <see cref="DateLayers.Timexes"/>, anchored on the document's publication date
/// (<see cref="DocumentMetadata.Published"/>, in its own time zone). Uses the part-of-speech layer for tense when an earlier component assigned it, and word forms otherwise.
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
        var tags = document.Has(TaggingLayers.Pos) ? PosTags(document.Get(TaggingLayers.Pos)) : null;
        var timexes = TimexRecognizer.Recognize(document.Text, tokens.AsMemory(), sentences.AsMemory(), anchor, tags);
        return document.With(DateLayers.Timexes, timexes);
    }

    // The tagger assigns one tag per token, in token order; the tags are interned strings, so this copies references.
    private static string?[] PosTags(ImmutableArray<PosTag> pos)
    {
        var tags = new string?[pos.Length];
        for (var i = 0; i < tags.Length; i++)
        {
            tags[i] = pos[i].Tag;
        }

        return tags;
    }
}
