using System.Collections.Frozen;
using System.Text.Json;

namespace Backchannel.Formats.Html;

/// <summary>
/// Finds the first schema.org article object in JSON-LD blocks, including ones nested in <c>@graph</c>, and
/// resolves <c>{"@id": ...}</c> references for author and publisher within the same block.
/// </summary>
internal static class JsonLdReader
{
    private static readonly FrozenSet<string> ArticleTypes = FrozenSet.Create(StringComparer.Ordinal,
        "NewsArticle", "Article", "BlogPosting", "ReportageNews", "AnalysisNewsArticle", "OpinionNewsArticle",
        "BackgroundNewsArticle", "ReviewNewsArticle", "LiveBlogPosting", "Report", "ScholarlyArticle");

    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    /// <summary>The article in the first block that has one, or null. Malformed blocks are ignored.</summary>
    internal static JsonLdArticle? Find(IEnumerable<string> blocks)
    {
        foreach (var block in blocks)
        {
            try
            {
                using var document = JsonDocument.Parse(block, Options);
                var article = FindIn(document.RootElement);
                if (article is not null)
                {
                    return article;
                }
            }
            catch (JsonException)
            {
                // A broken JSON-LD block is common on real pages; the meta tags still apply.
            }
        }

        return null;
    }

    private static JsonLdArticle? FindIn(JsonElement root)
    {
        var byId = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        JsonElement? article = null;
        var stack = new Stack<JsonElement>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray().Reverse())
                {
                    stack.Push(item);
                }

                continue;
            }

            if (element.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            if (String(element, "@id") is { } id)
            {
                byId.TryAdd(id, element);
            }

            if (article is null && IsArticle(element))
            {
                article = element;
            }

            foreach (var property in element.EnumerateObject().Reverse())
            {
                if (property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
                {
                    stack.Push(property.Value);
                }
            }
        }

        if (article is not { } found)
        {
            return null;
        }

        return new JsonLdArticle(
            String(found, "headline") ?? String(found, "name"),
            String(found, "datePublished") ?? String(found, "dateCreated"),
            Names(found, "author", byId),
            Names(found, "publisher", byId),
            String(found, "url") ?? Reference(found, "mainEntityOfPage"));
    }

    private static bool IsArticle(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type))
        {
            return false;
        }

        return type.ValueKind switch
        {
            JsonValueKind.String => ArticleTypes.Contains(type.GetString()!),
            JsonValueKind.Array => type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && ArticleTypes.Contains(t.GetString()!)),
            _ => false,
        };
    }

    private static string? Names(JsonElement owner, string property, Dictionary<string, JsonElement> byId)
    {
        if (!owner.TryGetProperty(property, out var value))
        {
            return null;
        }

        var items = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value];
        var names = new List<string>();
        foreach (var item in items)
        {
            var name = item.ValueKind switch
            {
                JsonValueKind.String => item.GetString(),
                JsonValueKind.Object => String(item, "name")
                    ?? (String(item, "@id") is { } id && byId.TryGetValue(id, out var target) ? String(target, "name") : null),
                _ => null,
            };
            if (!string.IsNullOrWhiteSpace(name) && !names.Contains(name, StringComparer.Ordinal))
            {
                names.Add(name);
            }
        }

        return names.Count == 0 ? null : string.Join(", ", names);
    }

    private static string? Reference(JsonElement owner, string property)
        => owner.TryGetProperty(property, out var value)
            ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.ValueKind == JsonValueKind.Object ? String(value, "@id") : null
            : null;

    private static string? String(JsonElement element, string property)
        => element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
