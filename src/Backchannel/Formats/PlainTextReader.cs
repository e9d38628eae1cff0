using Backchannel.Documents;
using Backchannel.Formats.Structure;

namespace Backchannel.Formats;

/// <summary>
/// Reads plain text. A leading header block starting with <c>Title:</c> (optionally followed by <c>Source:</c>,
/// <c>Author:</c>, <c>Published:</c>/<c>Date:</c> and <c>URL:</c> lines) is metadata and is removed from the body;
/// otherwise the first non-empty line is the title and stays in the text (marked as the title region). Headings,
/// reference lists, bylines and datelines are read from the shape of the lines (<see cref="DocumentStructure"/>).
/// </summary>
internal static class PlainTextReader
{
    /// <summary>Reads one document from normalised text.</summary>
    internal static ReadItem Read(string path, string text, ReaderOptions options)
    {
        var (metadata, body) = ParseHeader(text);
        var titleInText = ReferenceEquals(body, text);
        return DocumentAssembler.Build(path, "txt", body, metadata, options, new ReadStructure(null, PlainText: true, FirstLineIsTitle: titleInText));
    }

    /// <summary>Splits off the header block, or takes the first line as title.</summary>
    internal static (DocumentMetadata Metadata, string Body) ParseHeader(string text)
    {
        var metadata = new DocumentMetadata();
        var position = 0;
        while (position < text.Length && text[position] == '\n')
        {
            position++;
        }

        var firstLine = Line(text, position);
        if (!firstLine.StartsWith("Title:", StringComparison.OrdinalIgnoreCase))
        {
            return (metadata with { Title = firstLine.Trim().ToString() }, text);
        }

        while (position < text.Length)
        {
            var line = Line(text, position);
            var colon = line.IndexOf(':');
            if (colon <= 0)
            {
                break;
            }

            var value = line[(colon + 1)..].Trim().ToString();
            var key = line[..colon].Trim();
            if (key.Equals("Title", StringComparison.OrdinalIgnoreCase))
            {
                metadata = metadata with { Title = value };
            }
            else if (key.Equals("Source", StringComparison.OrdinalIgnoreCase))
            {
                metadata = metadata with { Source = value };
            }
            else if (key.Equals("Author", StringComparison.OrdinalIgnoreCase))
            {
                metadata = metadata with { Author = value };
            }
            else if (key.Equals("URL", StringComparison.OrdinalIgnoreCase))
            {
                metadata = metadata with { Url = value };
            }
            else if ((key.Equals("Published", StringComparison.OrdinalIgnoreCase) || key.Equals("Date", StringComparison.OrdinalIgnoreCase))
                && Dates.MetadataDateParser.TryParse(value, out var date))
            {
                metadata = metadata with { Published = date.Value, PublishedHasTime = date.HasTime };
            }
            else
            {
                break;
            }

            position += line.Length + 1;
        }

        return (metadata, position >= text.Length ? "" : text[position..]);
    }

    private static ReadOnlySpan<char> Line(string text, int start)
    {
        if (start >= text.Length)
        {
            return [];
        }

        var end = text.IndexOf('\n', start);
        return text.AsSpan(start, (end < 0 ? text.Length : end) - start);
    }
}
