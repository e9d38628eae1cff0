using System.Collections.Immutable;
using System.Text.Json;
using Backchannel.Documents;
using Backchannel.Formats;

namespace Backchannel.Quotes.Evaluation;

/// <summary>
/// Reads the blind quote gold set: JSON lines of <c>document</c> items (a path relative to the repository, and the
/// length of its text) and <c>statement</c> items (offsets into that text; no article text is stored). Each document
/// is read with the same readers <c>analyze</c> uses, and a text whose length differs from the gold's is refused, so
/// offsets never land on the wrong characters.
/// </summary>
public static class QuoteGoldReader
{
    /// <summary>Reads <paramref name="goldPath"/> and the documents it names.</summary>
    public static IReadOnlyList<QuoteGoldDocument> Read(string goldPath)
    {
        ArgumentNullException.ThrowIfNull(goldPath);
        var documents = new List<(string Id, string Path, string Group, int Chars)>();
        var items = new Dictionary<string, List<QuoteGoldItem>>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var line in File.ReadLines(goldPath))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                var path = root.GetProperty("doc").GetString()!;
                switch (root.GetProperty("type").GetString())
                {
                    case "document":
                        documents.Add((root.GetProperty("id").GetString()!, path, root.GetProperty("group").GetString() ?? "", root.GetProperty("chars").GetInt32()));
                        break;
                    case "statement":
                        (items.TryGetValue(path, out var list) ? list : items[path] = []).Add(ReadItem(root));
                        break;
                }
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                throw new FormatException($"{goldPath} line {lineNumber}: {ex.Message}", ex);
            }
        }

        var texts = ReadTexts(goldPath, documents.Select(d => d.Path));
        return [.. documents.Select(d =>
        {
            var document = texts.GetValueOrDefault(d.Path) ?? throw new FormatException($"cannot read '{d.Path}'.");
            if (document.Text.Length != d.Chars)
            {
                throw new FormatException($"'{d.Path}' reads as {document.Text.Length} characters, the gold was made on {d.Chars}: the readers changed, so its offsets no longer hold.");
            }

            return new QuoteGoldDocument(d.Id, d.Path, d.Group, document, [.. items.GetValueOrDefault(d.Path) ?? []]);
        })];
    }

    private static QuoteGoldItem ReadItem(JsonElement root)
    {
        var start = root.GetProperty("start").GetInt32();
        var end = root.GetProperty("end").GetInt32();
        var parts = root.TryGetProperty("parts", out var p) && p.ValueKind == JsonValueKind.Array
            ? p.EnumerateArray().Select(x => (x[0].GetInt32(), x[1].GetInt32())).ToImmutableArray()
            : [(start, end)];
        QuoteGoldSpeaker? speaker = null;
        if (root.TryGetProperty("speaker", out var s) && s.ValueKind == JsonValueKind.Object)
        {
            speaker = new QuoteGoldSpeaker(
                s.GetProperty("start").GetInt32(),
                s.GetProperty("end").GetInt32(),
                s.GetProperty("text").GetString() ?? "",
                s.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null,
                s.TryGetProperty("anonymous", out var a) && a.ValueKind == JsonValueKind.True);
        }

        return new QuoteGoldItem(
            root.GetProperty("id").GetString()!,
            root.GetProperty("kind").GetString()!,
            start,
            end,
            parts,
            speaker,
            Span(root, "cue"),
            Span(root, "via"),
            root.TryGetProperty("doubt", out _));
    }

    private static QuoteGoldSpan? Span(JsonElement root, string name) =>
        root.TryGetProperty(name, out var e) && e.ValueKind == JsonValueKind.Object
            ? new QuoteGoldSpan(e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32(), e.GetProperty("text").GetString() ?? "")
            : null;

    // Paths are relative to the repository (the gold file sits in data/eval/); a feed item is "file#n".
    private static Dictionary<string, Document> ReadTexts(string goldPath, IEnumerable<string> paths)
    {
        var root = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(goldPath))!, "..", ".."));
        var texts = new Dictionary<string, Document>(StringComparer.Ordinal);
        foreach (var file in paths.Select(p => p.Split('#')[0]).Distinct(StringComparer.Ordinal))
        {
            var full = File.Exists(file) ? Path.GetFullPath(file) : Path.GetFullPath(Path.Combine(root, file));
            foreach (var item in InputReader.ReadAll([full], new ReaderOptions()))
            {
                if (item.Document is { } document)
                {
                    var suffix = item.Path.Length > full.Length ? item.Path[full.Length..] : "";
                    texts[file + suffix] = document;
                }
            }
        }

        return texts;
    }
}
