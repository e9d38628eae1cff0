using System.Text.Json;
using Backchannel.Corpus;

namespace Backchannel.Reporting.Html;

/// <summary>The fields of a stored <c>links</c> annotation the HTML pages show (see docs/FORMATS.md, Links).</summary>
/// <param name="Entity">Knowledge-base id, or <c>nil:n</c>.</param>
/// <param name="Confidence">0–1, or null when not stored.</param>
/// <param name="Reason">Why the linker chose it.</param>
/// <param name="TitleCheck">agrees, disagrees or unclear, when a title was checked.</param>
internal readonly record struct StoredLink(string? Entity, double? Confidence, string? Reason, string? TitleCheck)
{
    public bool IsKnown => Entity is { } id && !id.StartsWith("nil:", StringComparison.Ordinal);

    public static StoredLink Read(Annotation annotation)
    {
        if (annotation.DataJson is not { } json)
        {
            return default;
        }

        using var data = JsonDocument.Parse(json);
        var root = data.RootElement;
        return new StoredLink(
            String(root, "entity"),
            root.TryGetProperty("confidence", out var c) && c.ValueKind == JsonValueKind.Number ? c.GetDouble() : null,
            String(root, "reason"),
            String(root, "titleCheck"));
    }

    private static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
