using System.Collections.Immutable;
using Backchannel.Errors;

namespace Backchannel.Formats;

/// <summary>
/// Reads the bytes of one input: refuses binary content, decodes (reporting replaced bytes), rejects empty input,
/// then hands the text to the reader for its format.
/// </summary>
internal static class ContentReader
{
    /// <summary>
    /// Reads one input's bytes. <paramref name="format"/> <see cref="InputFormat.Unknown"/> means "sniff from the
    /// content" (standard input).
    /// </summary>
    internal static IEnumerable<ReadItem> Read(string path, ReadOnlySpan<byte> bytes, InputFormat format, ReaderOptions options)
    {
        if (bytes.IsEmpty)
        {
            return [DocumentAssembler.Failed(path, ReadProblems.Empty(path))];
        }

        if (BinarySniffer.DetectBinaryKind(bytes) is { } kind)
        {
            return [DocumentAssembler.Failed(path, ReadProblems.Binary(path, kind))];
        }

        var decoded = TextDecoder.Decode(bytes);
        var warnings = decoded.ReplacedCount > 0 ? [ReadProblems.Replaced(path, decoded)] : ImmutableArray<BackchannelError>.Empty;
        var sniffed = format == InputFormat.Unknown;
        if (sniffed)
        {
            format = FormatDetector.Sniff(decoded.Text);
        }

        var text = format is InputFormat.Text or InputFormat.Markdown ? TextNormalizer.Normalize(decoded.Text) : decoded.Text;
        if (string.IsNullOrWhiteSpace(text))
        {
            return [new ReadItem(path, null, warnings.Add(ReadProblems.Empty(path)))];
        }

        var items = format switch
        {
            InputFormat.Text => [PlainTextReader.Read(path, text, options)],
            InputFormat.Markdown => [MarkdownReader.Read(path, text, options)],
            InputFormat.Html => [HtmlReader.Read(path, text, options)],
            InputFormat.Json => JsonArticleReader.ReadJson(path, text, options, allowLines: sniffed),
            InputFormat.JsonLines => JsonArticleReader.ReadLines(path, text, options),
            InputFormat.Feed => FeedReader.Read(path, text, options, onlyIfFeed: false),
            InputFormat.Xml => FeedReader.Read(path, text, options, onlyIfFeed: true),
            _ => (IEnumerable<ReadItem>)[DocumentAssembler.Failed(path, ReadProblems.Unsupported(path, "the format is not supported"))],
        };
        return warnings.IsEmpty ? items : AttachToFirst(items, warnings);
    }

    private static IEnumerable<ReadItem> AttachToFirst(IEnumerable<ReadItem> items, ImmutableArray<BackchannelError> warnings)
    {
        var first = true;
        foreach (var item in items)
        {
            yield return first ? DocumentAssembler.WithWarnings(item, warnings) : item;
            first = false;
        }
    }
}
