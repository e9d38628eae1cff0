using System.Collections.Immutable;
using Backchannel.Dates;
using Backchannel.Documents;
using Backchannel.Errors;
using Backchannel.Formats.Structure;

namespace Backchannel.Formats;

/// <summary>Turns a reader's text and metadata into a <see cref="ReadItem"/>: normalises, dates and checks for text.</summary>
internal static class DocumentAssembler
{
    /// <summary>
    /// Builds the item; an article whose text is empty after normalising becomes a BC1009 problem. The reader's
    /// <paramref name="structure"/> (regions in <paramref name="text"/>'s offsets) is moved into the normalised text
    /// and completed (<see cref="DocumentStructure"/>): bylines and datelines near the top, and for a plain-text body
    /// its headings and reference lists. A byline fills <c>author</c> and <c>source</c> when the metadata has none.
    /// </summary>
    internal static ReadItem Build(string path, string format, string text, DocumentMetadata metadata, ReaderOptions options, ReadStructure structure = default)
    {
        var regions = structure.Regions ?? [];
        var normalized = TextNormalizer.Normalize(text, regions);
        if (normalized.Length == 0)
        {
            return Failed(path, ReadProblems.NoText(path, "The article has no text.", "Check that the item carries a body (text, html, content or description)."));
        }

        var lead = DocumentStructure.Complete(normalized, regions, structure.PlainText, structure.FirstLineIsTitle);
        var complete = metadata with
        {
            Path = path,
            Format = format,
            Title = TextNormalizer.NormalizeInline(metadata.Title),
            Source = TextNormalizer.NormalizeInline(metadata.Source ?? lead.Source),
            Author = TextNormalizer.NormalizeInline(metadata.Author ?? lead.Author),
            Url = TextNormalizer.NormalizeInline(metadata.Url),
            ExternalId = TextNormalizer.NormalizeInline(metadata.ExternalId),
        };
        // Only the dates the reader knows (override, metadata): inferring one from the text is the pipeline's
        // document-date component (UseDocumentDate), so a stored document is dated by the pipeline that annotated it.
        complete = DocumentDateResolver.Resolve(complete, options.PublishedOverride);
        var document = new Document(normalized, complete).With(DocumentLayers.Regions, [.. regions]);
        return new ReadItem(path, document, []);
    }

    /// <summary>An item that yielded no document.</summary>
    internal static ReadItem Failed(string path, BackchannelError problem) => new(path, null, [problem]);

    /// <summary>Prepends file-level warnings (such as replaced bytes) to an item's problems.</summary>
    internal static ReadItem WithWarnings(ReadItem item, ImmutableArray<BackchannelError> warnings)
        => warnings.IsDefaultOrEmpty ? item : item with { Problems = warnings.AddRange(item.Problems) };
}
