using System.Collections.Immutable;
using Backchannel.Dates;
using Backchannel.Documents;
using Backchannel.Errors;

namespace Backchannel.Formats;

/// <summary>Turns a reader's text and metadata into a <see cref="ReadItem"/>: normalises, dates and checks for text.</summary>
internal static class DocumentAssembler
{
    /// <summary>Builds the item; an article whose text is empty after normalising becomes a BC1009 problem.</summary>
    internal static ReadItem Build(string path, string format, string text, DocumentMetadata metadata, ReaderOptions options)
    {
        var normalized = TextNormalizer.Normalize(text);
        if (normalized.Length == 0)
        {
            return Failed(path, ReadProblems.NoText(path, "The article has no text.", "Check that the item carries a body (text, html, content or description)."));
        }

        var complete = metadata with
        {
            Path = path,
            Format = format,
            Title = TextNormalizer.NormalizeInline(metadata.Title),
            Source = TextNormalizer.NormalizeInline(metadata.Source),
            Author = TextNormalizer.NormalizeInline(metadata.Author),
            Url = TextNormalizer.NormalizeInline(metadata.Url),
            ExternalId = TextNormalizer.NormalizeInline(metadata.ExternalId),
        };
        complete = DocumentDateResolver.Resolve(complete, normalized, options.PublishedOverride);
        return new ReadItem(path, new Document(normalized, complete), []);
    }

    /// <summary>An item that yielded no document.</summary>
    internal static ReadItem Failed(string path, BackchannelError problem) => new(path, null, [problem]);

    /// <summary>Prepends file-level warnings (such as replaced bytes) to an item's problems.</summary>
    internal static ReadItem WithWarnings(ReadItem item, ImmutableArray<BackchannelError> warnings)
        => warnings.IsDefaultOrEmpty ? item : item with { Problems = warnings.AddRange(item.Problems) };
}
