using Backchannel.Documents;

namespace Backchannel.Dates;

/// <summary>
/// Decides a document's date: the user's override first, then the source's metadata, then a date inferred from the
/// text (<see cref="DocumentDateInference"/>: only where the text says when it was written — a date line or dateline
/// at the top, or a stated date it calls today, yesterday or tomorrow; date only; otherwise unknown). Records where
/// the date came from so analysts know how far to trust it.
/// </summary>
public static class DocumentDateResolver
{
    /// <summary>Returns <paramref name="metadata"/> with Published, PublishedHasTime and PublishedOrigin decided.</summary>
    public static DocumentMetadata Resolve(DocumentMetadata metadata, string text, DateTimeOffset? publishedOverride)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(text);
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
}
