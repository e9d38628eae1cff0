using Backchannel.Documents;

namespace Backchannel.Formats;

/// <summary>Reads Markdown as plain text (see <see cref="MarkdownConverter"/>); the title is the first <c># </c> heading.</summary>
internal static class MarkdownReader
{
    /// <summary>Reads one document from normalised Markdown.</summary>
    internal static ReadItem Read(string path, string markdown, ReaderOptions options)
    {
        var (text, title) = MarkdownConverter.Convert(markdown);
        return DocumentAssembler.Build(path, "md", text, new DocumentMetadata { Title = title }, options);
    }
}
