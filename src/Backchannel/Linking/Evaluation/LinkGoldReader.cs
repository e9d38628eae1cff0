using System.Globalization;
using System.Text.Json;
using Backchannel.Documents;
using Backchannel.Errors;
using Backchannel.Formats;

namespace Backchannel.Linking.Evaluation;

/// <summary>
/// Reads <c>data/eval/link-gold.jsonl</c>: one JSON object per line with <c>id</c>, <c>date</c>, either <c>text</c> or
/// <c>path</c> (one of our own sample files, read as <c>analyze</c> reads it), and <c>mentions</c>, each with <c>text</c>
/// and an optional 1-based <c>occurrence</c> (or <c>start</c>/<c>end</c>), <c>id</c> and <c>kind</c>.
/// </summary>
public static class LinkGoldReader
{
    /// <summary>Reads the gold file; problems become <see cref="BackchannelException"/> with the line number.</summary>
    public static IReadOnlyList<LinkGoldDocument> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new BackchannelException(new BackchannelError(ErrorCode.PathNotFound, "The gold file does not exist.", path, "Pass a JSON lines gold file with --gold."));
        }

        var documents = new List<LinkGoldDocument>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var json = JsonDocument.Parse(line);
                documents.Add(ReadDocument(json.RootElement, path));
            }
            catch (Exception ex) when (ex is JsonException or FormatException or KeyNotFoundException or InvalidOperationException)
            {
                throw new BackchannelException(new BackchannelError(ErrorCode.Malformed, $"Gold line {number.ToString(CultureInfo.InvariantCulture)}: {ex.Message}", path));
            }
        }

        return documents;
    }

    private static LinkGoldDocument ReadDocument(JsonElement root, string goldPath)
    {
        var id = root.GetProperty("id").GetString() ?? "";
        var day = DateOnly.ParseExact(root.GetProperty("date").GetString() ?? "", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var text = root.TryGetProperty("text", out var inline) ? inline.GetString() ?? "" : ReadFile(root.GetProperty("path").GetString() ?? "", goldPath, day);
        var mentions = new List<LinkGoldMention>();
        foreach (var m in root.GetProperty("mentions").EnumerateArray())
        {
            var words = m.GetProperty("text").GetString() ?? "";
            int start;
            if (m.TryGetProperty("start", out var s))
            {
                start = s.GetInt32();
            }
            else
            {
                var occurrence = m.TryGetProperty("occurrence", out var o) ? o.GetInt32() : 1;
                start = -1;
                for (var k = 0; k < occurrence; k++)
                {
                    start = text.IndexOf(words, start + 1, StringComparison.Ordinal);
                    if (start < 0)
                    {
                        throw new FormatException($"'{words}' occurs fewer than {occurrence.ToString(CultureInfo.InvariantCulture)} times in {id}.");
                    }
                }
            }

            if (start < 0 || start + words.Length > text.Length || string.CompareOrdinal(text, start, words, 0, words.Length) != 0)
            {
                throw new FormatException($"'{words}' is not at {start.ToString(CultureInfo.InvariantCulture)} in {id}.");
            }

            mentions.Add(new LinkGoldMention(start, start + words.Length, words, m.GetProperty("id").GetString() ?? "", m.TryGetProperty("kind", out var kind) ? kind.GetString() ?? "name" : "name"));
        }

        return new LinkGoldDocument(id, text, day, [.. mentions.OrderBy(x => x.Start)]);
    }

    private static string ReadFile(string path, string goldPath, DateOnly day)
    {
        // Paths are relative to the repository: the gold file sits in data/eval/.
        var full = File.Exists(path) ? path : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(goldPath))!, "..", "..", path));
        var options = new ReaderOptions { PublishedOverride = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) };
        var item = InputReader.ReadAll([full], options).FirstOrDefault();
        return item?.Document?.Text ?? throw new FormatException($"cannot read '{path}'.");
    }

    /// <summary>The pipeline input for a gold document: its text, dated.</summary>
    public static Document ToDocument(LinkGoldDocument gold)
    {
        ArgumentNullException.ThrowIfNull(gold);
        return new Document(gold.Text, new DocumentMetadata
        {
            Published = new DateTimeOffset(gold.Day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            PublishedOrigin = PublishedOrigin.Override,
        });
    }
}
