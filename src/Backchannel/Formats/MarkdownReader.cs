using Backchannel.Documents;
using Backchannel.Formats.Structure;

namespace Backchannel.Formats;

/// <summary>
/// Reads Markdown as plain text (see <see cref="MarkdownConverter"/>); the title is the first <c># </c> heading.
/// Headings, image text (captions) and the entries under a "References" heading become regions.
/// </summary>
internal static class MarkdownReader
{
    /// <summary>Reads one document from normalised Markdown.</summary>
    internal static ReadItem Read(string path, string markdown, ReaderOptions options)
    {
        var regions = new List<DocumentRegion>();
        var (text, title) = MarkdownConverter.Convert(markdown, regions);
        return DocumentAssembler.Build(path, "md", text, new DocumentMetadata { Title = title }, options, new ReadStructure(regions));
    }
}
