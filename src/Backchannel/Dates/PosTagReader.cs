using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using Backchannel.Documents;
using Backchannel.Text;

namespace Backchannel.Dates;

/// <summary>
/// Reads Penn Treebank tags from a part-of-speech layer named <c>doc.pos</c> when some earlier component assigned one.
/// The dates stage must not depend on the tagger at compile time, so the layer is found by name and its items'
/// <c>Tag</c> (or <c>Label</c>/<c>Pos</c>) member is read by reflection; without such a layer the tense heuristic
/// falls back to word forms.
/// </summary>
internal static class PosTagReader
{
    public const string LayerName = "doc.pos";

    private static readonly ConcurrentDictionary<Type, PropertyInfo?> TagProperties = new();

    private static readonly MethodInfo GetLayer = typeof(Document).GetMethod(nameof(Document.Get))!;

    /// <summary>Tags aligned with <paramref name="tokens"/> by start offset, or null when the document has no POS layer.</summary>
    public static string?[]? Read(Document document, ReadOnlySpan<Token> tokens)
    {
        var key = document.LayerKeys.FirstOrDefault(k => k.Name == LayerName);
        if (key is null)
        {
            return null;
        }

        var property = TagProperties.GetOrAdd(key.ItemType, static type =>
            type.GetProperty("Tag") ?? type.GetProperty("Label") ?? type.GetProperty("Pos"));
        if (property is null || GetLayer.MakeGenericMethod(key.ItemType).Invoke(document, [key]) is not IEnumerable items)
        {
            return null;
        }

        var tags = new string?[tokens.Length];
        var t = 0;
        foreach (var item in items)
        {
            if (item is not ISpan span)
            {
                return null;
            }

            while (t < tokens.Length && tokens[t].Start < span.Start)
            {
                t++;
            }

            if (t < tokens.Length && tokens[t].Start == span.Start)
            {
                tags[t] = property.GetValue(item)?.ToString();
            }
        }

        return tags;
    }
}
