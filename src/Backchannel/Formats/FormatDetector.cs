using System.Collections.Frozen;

namespace Backchannel.Formats;

/// <summary>Chooses a format from a file extension, or for standard input from the first characters.</summary>
internal static class FormatDetector
{
    private static readonly FrozenDictionary<string, InputFormat> ByExtension = new Dictionary<string, InputFormat>(StringComparer.OrdinalIgnoreCase)
    {
        [".txt"] = InputFormat.Text,
        [".text"] = InputFormat.Text,
        [".md"] = InputFormat.Markdown,
        [".markdown"] = InputFormat.Markdown,
        [".html"] = InputFormat.Html,
        [".htm"] = InputFormat.Html,
        [".xhtml"] = InputFormat.Html,
        [".json"] = InputFormat.Json,
        [".jsonl"] = InputFormat.JsonLines,
        [".ndjson"] = InputFormat.JsonLines,
        [".rss"] = InputFormat.Feed,
        [".atom"] = InputFormat.Feed,
        [".xml"] = InputFormat.Xml,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The format for a path's extension, or <see cref="InputFormat.Unknown"/>.</summary>
    internal static InputFormat FromPath(string path)
        => ByExtension.GetValueOrDefault(Path.GetExtension(path), InputFormat.Unknown);

    /// <summary>Guesses the format of content without a name (standard input).</summary>
    internal static InputFormat Sniff(string text)
    {
        var span = text.AsSpan().TrimStart();
        if (span.IsEmpty)
        {
            return InputFormat.Text;
        }

        if (span[0] is '{' or '[')
        {
            return InputFormat.Json;
        }

        if (span[0] != '<')
        {
            return InputFormat.Text;
        }

        var root = XmlRootName(span);
        return root is "rss" or "feed" or "rdf:RDF" or "RDF" ? InputFormat.Feed : InputFormat.Html;
    }

    /// <summary>The name of the first element, skipping the XML declaration, comments and a doctype.</summary>
    internal static string? XmlRootName(ReadOnlySpan<char> span)
    {
        var position = 0;
        while (position < span.Length)
        {
            var open = span[position..].IndexOf('<');
            if (open < 0)
            {
                return null;
            }

            position += open;
            var rest = span[position..];
            if (rest.StartsWith("<!--", StringComparison.Ordinal))
            {
                var close = rest.IndexOf("-->", StringComparison.Ordinal);
                if (close < 0)
                {
                    return null;
                }

                position += close + 3;
                continue;
            }

            if (rest.Length > 1 && rest[1] is '?' or '!')
            {
                var close = rest.IndexOf('>');
                if (close < 0)
                {
                    return null;
                }

                position += close + 1;
                continue;
            }

            var nameEnd = 1;
            while (nameEnd < rest.Length && !char.IsWhiteSpace(rest[nameEnd]) && rest[nameEnd] is not ('>' or '/'))
            {
                nameEnd++;
            }

            return rest[1..nameEnd].ToString();
        }

        return null;
    }
}
