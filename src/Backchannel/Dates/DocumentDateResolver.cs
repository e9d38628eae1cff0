using Backchannel.Documents;

namespace Backchannel.Dates;

/// <summary>
/// Decides a document's date: the user's override first, then the source's metadata (<see cref="Resolve(DocumentMetadata, DateTimeOffset?)"/>, when the
/// document is read), then a date inferred from the text (<see cref="Infer"/>, by the pipeline's
/// <see cref="DocumentDateComponent"/>; <see cref="DocumentDateInference"/>: only where the text says when it was
/// written — a date line or dateline at the top, or a stated date it calls today, yesterday or tomorrow; date only;
/// otherwise unknown). Records where the date came from so analysts know how far to trust it.
/// </summary>
public static class DocumentDateResolver
{
    /// <summary>
    /// Returns <paramref name="metadata"/> with the date the reader knows decided: the override, else the metadata's
    /// own; with neither, the date is left unknown for <see cref="Infer"/>.
    /// </summary>
    public static DocumentMetadata Resolve(DocumentMetadata metadata, DateTimeOffset? publishedOverride)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        if (publishedOverride is { } forced)
        {
            return metadata with
            {
                Published = forced,
                PublishedHasTime = forced.TimeOfDay != TimeSpan.Zero,
                PublishedOrigin = PublishedOrigin.Override,
            };
        }

        if (metadata.Published is not null)
        {
            return metadata with { PublishedOrigin = PublishedOrigin.Metadata };
        }

        return metadata with { Published = null, PublishedHasTime = false, PublishedOrigin = PublishedOrigin.Unknown };
    }

    /// <summary>
    /// Returns <paramref name="metadata"/> with a date inferred from <paramref name="text"/> when no source gave one, or
    /// an earlier inference redone (it may now abstain); the same instance when a given date stands.
    /// </summary>
    public static DocumentMetadata Infer(DocumentMetadata metadata, string text)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(text);
        if (metadata.Published is not null && metadata.PublishedOrigin != PublishedOrigin.Inferred)
        {
            return metadata;
        }

        if (DocumentDateInference.Infer(text) is { } inferred)
        {
            return metadata with
            {
                Published = new DateTimeOffset(inferred.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
                PublishedHasTime = false,
                PublishedOrigin = PublishedOrigin.Inferred,
            };
        }

        return metadata with { Published = null, PublishedHasTime = false, PublishedOrigin = PublishedOrigin.Unknown };
    }

    /// <summary>Both steps at once: what a document read and analysed gets (<see cref="Resolve(DocumentMetadata, DateTimeOffset?)"/>, then <see cref="Infer"/>).</summary>
    public static DocumentMetadata Resolve(DocumentMetadata metadata, string text, DateTimeOffset? publishedOverride)
        => Infer(Resolve(metadata, publishedOverride), text);
}
