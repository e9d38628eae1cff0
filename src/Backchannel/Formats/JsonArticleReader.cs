using System.Globalization;
using System.Text.Json;
using Backchannel.Dates;
using Backchannel.Documents;
using Backchannel.Formats.Html;
using Backchannel.Formats.Structure;

namespace Backchannel.Formats;

/// <summary>
/// Reads articles from JSON (an object or an array of objects) and JSON Lines (one object per line; a broken
/// line is reported as <c>file.jsonl#12</c> and the rest still read). Fields: id, title, text or html, url,
/// source, author, published.
/// </summary>
internal static class JsonArticleReader
{
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    /// <summary>Reads a JSON document; with <paramref name="allowLines"/> a failed parse is retried as JSON Lines.</summary>
    internal static IEnumerable<ReadItem> ReadJson(string path, string json, ReaderOptions options, bool allowLines)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Options);
        }
        catch (JsonException ex)
        {
            if (allowLines && json.AsSpan().Trim().Contains('\n'))
            {
                return ReadLines(path, json, options);
            }

            return [DocumentAssembler.Failed(path, ReadProblems.Malformed(path, "JSON", Describe(ex)))];
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                return [ReadObjectSafely(path, root, "json", "JSON", options)];
            }

            if (root.ValueKind != JsonValueKind.Array)
            {
                return [DocumentAssembler.Failed(path, ReadProblems.Malformed(path, "JSON", "expected an object or an array of objects."))];
            }

            var items = new List<ReadItem>();
            var index = 0;
            foreach (var element in root.EnumerateArray())
            {
                index++;
                var itemPath = path + "#" + index.ToString(CultureInfo.InvariantCulture);
                items.Add(element.ValueKind == JsonValueKind.Object
                    ? ReadObjectSafely(itemPath, element, "json", "JSON", options)
                    : DocumentAssembler.Failed(itemPath, ReadProblems.Malformed(itemPath, "JSON", "this array item is not an object.")));
            }

            return items.Count > 0
                ? items
                : [DocumentAssembler.Failed(path, ReadProblems.NoText(path, "The JSON array holds no articles.", "Put one object per article in the array."))];
        }
    }

    /// <summary>Reads JSON Lines lazily, one item per non-blank line.</summary>
    internal static IEnumerable<ReadItem> ReadLines(string path, string text, ReaderOptions options)
    {
        var lineNumber = 0;
        var any = false;
        foreach (var line in text.Split('\n'))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            any = true;
            var itemPath = path + "#" + lineNumber.ToString(CultureInfo.InvariantCulture);
            yield return ReadLine(itemPath, lineNumber, line, options);
        }

        if (!any)
        {
            yield return DocumentAssembler.Failed(path, ReadProblems.Empty(path));
        }
    }

    private static ReadItem ReadLine(string itemPath, int lineNumber, string line, ReaderOptions options)
    {
        try
        {
            using var document = JsonDocument.Parse(line, Options);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? ReadObjectSafely(itemPath, document.RootElement, "jsonl", "JSON line", options)
                : DocumentAssembler.Failed(itemPath, ReadProblems.Malformed(itemPath, "JSON line", "expected an object."));
        }
        catch (JsonException ex)
        {
            // The parser saw the line alone, so its line 1 is the file's line lineNumber.
            return DocumentAssembler.Failed(itemPath, ReadProblems.Malformed(itemPath, "JSON line", Describe(ex, lineNumber - 1)));
        }
    }

    /// <summary>
    /// Reads one object. A string the parser accepted but that is not valid UTF-16 (a lone surrogate escape such as
    /// <c>"\ud800"</c>) throws only when read; it fails this item alone as malformed instead of ending the file.
    /// </summary>
    private static ReadItem ReadObjectSafely(string path, JsonElement item, string format, string what, ReaderOptions options)
    {
        try
        {
            return ReadObject(path, item, format, options);
        }
        catch (BadStringException ex)
        {
            return DocumentAssembler.Failed(path, ReadProblems.Malformed(path, what,
                $"the '{ex.Field}' field holds a \\u escape that is half of a surrogate pair, which is not text."));
        }
    }

    private static ReadItem ReadObject(string path, JsonElement item, string format, ReaderOptions options)
    {
        var text = String(item, "text");
        var html = String(item, "html");
        var metadata = new DocumentMetadata
        {
            ExternalId = Scalar(item, "id"),
            Title = String(item, "title"),
            Url = String(item, "url"),
            Source = String(item, "source"),
            Author = Author(item),
        };
        if (MetadataDateParser.TryParse(String(item, "published"), out var published))
        {
            metadata = metadata with { Published = published.Value, PublishedHasTime = published.HasTime };
        }

        var structure = new ReadStructure(null, PlainText: true);
        if (string.IsNullOrWhiteSpace(text))
        {
            if (string.IsNullOrWhiteSpace(html))
            {
                return DocumentAssembler.Failed(path, ReadProblems.NoText(path, "The item has neither a 'text' nor an 'html' field with content.",
                    "Add a 'text' field (plain text) or an 'html' field with the article body."));
            }

            var article = HtmlExtractor.Extract(html, isFragment: !LooksLikePage(html));
            text = article.Text;
            structure = new ReadStructure(article.Regions);
            metadata = metadata with
            {
                Title = metadata.Title ?? article.Title,
                Author = metadata.Author ?? article.Author,
                Source = metadata.Source ?? article.Source,
                Url = metadata.Url ?? article.Url,
                Published = metadata.Published ?? article.Published?.Value,
                PublishedHasTime = metadata.Published is null ? article.Published?.HasTime ?? false : metadata.PublishedHasTime,
            };
        }

        return DocumentAssembler.Build(path, format, text, metadata, options, structure);
    }

    /// <summary>True for a whole page (main content must be chosen) rather than an article-body fragment.</summary>
    internal static bool LooksLikePage(string html)
        => html.Contains("<html", StringComparison.OrdinalIgnoreCase) || html.Contains("<body", StringComparison.OrdinalIgnoreCase);

    private static string? String(JsonElement item, string name)
        => item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? Text(value, name) : null;

    private static string? Text(JsonElement value, string name)
    {
        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            throw new BadStringException(name);
        }
    }

    /// <summary>A string value that cannot be read as UTF-16; caught by <see cref="ReadObjectSafely"/>.</summary>
    private sealed class BadStringException(string field) : Exception
    {
        public string Field { get; } = field;
    }

    private static string? Scalar(JsonElement item, string name)
        => item.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => Text(value, name),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;

    private static string? Author(JsonElement item)
    {
        if (!item.TryGetProperty("author", out var author))
        {
            return null;
        }

        var names = (author.ValueKind == JsonValueKind.Array ? author.EnumerateArray().ToList() : [author])
            .Select(a => a.ValueKind == JsonValueKind.String ? Text(a, "author") : a.ValueKind == JsonValueKind.Object ? String(a, "name") : null)
            .Where(n => !string.IsNullOrWhiteSpace(n))
            .ToList();
        return names.Count == 0 ? null : string.Join(", ", names);
    }

    private static string Describe(JsonException ex, long lineOffset = 0) => ex.LineNumber is { } line
        ? string.Create(CultureInfo.InvariantCulture, $"{FirstSentence(ex.Message)} (line {line + lineOffset + 1}, byte {ex.BytePositionInLine + 1}).")
        : FirstSentence(ex.Message);

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd();
    }
}
