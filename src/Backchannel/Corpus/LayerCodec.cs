using System.Text.Json;
using Backchannel.Documents;

namespace Backchannel.Corpus;

/// <summary>
/// A typed codec for one span layer: a stage says how an item becomes a stored row (<see cref="Encode"/>), how a row
/// becomes an item again (<see cref="Decode(Annotation)"/>) and which fields an item shows in <c>report.json</c>
/// (<see cref="WriteJson"/>). Everything else (documents without the layer, rows of other layers, offsets) is here.
/// </summary>
/// <typeparam name="T">The layer's item type.</typeparam>
public abstract class LayerCodec<T> : ILayerCodec
    where T : ISpan
{
    private readonly LayerKey<T> _key;

    /// <summary>Keeps <paramref name="key"/> as the stored layer <paramref name="layer"/>.</summary>
    protected LayerCodec(string layer, LayerKey<T> key)
    {
        ArgumentNullException.ThrowIfNull(layer);
        ArgumentNullException.ThrowIfNull(key);
        Layer = layer;
        _key = key;
    }

    /// <inheritdoc />
    public string Layer { get; }

    /// <inheritdoc />
    public LayerKey Key => _key;

    /// <inheritdoc />
    public IEnumerable<Annotation> Export(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (!document.Has(_key))
        {
            return [];
        }

        return document.Get(_key).Select(item =>
        {
            var (label, data) = Encode(item);
            return new Annotation(Layer, item.Start, item.End, label, data);
        });
    }

    /// <inheritdoc />
    public Document Restore(Document document, IEnumerable<Annotation> rows)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(rows);
        return document.With(_key, [.. rows.Where(r => r.Layer == Layer).OrderBy(r => r.Start).ThenBy(r => r.End).Select(Decode)]);
    }

    /// <summary>Every stored item of this layer, typed, with its document id.</summary>
    public IEnumerable<(string DocumentId, T Item)> Read(CorpusSnapshot corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        return corpus.Layer(Layer).Select(a => (a.DocumentId, Decode(a.Annotation)));
    }

    /// <summary>The typed item a stored row holds. Rows written by older builds may lack fields: decode to the defaults.</summary>
    public T Decode(Annotation row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.DataJson is not { } json)
        {
            return Decode(row, default);
        }

        using var data = JsonDocument.Parse(json);
        return Decode(row, data.RootElement);
    }

    /// <inheritdoc />
    public void WriteJsonFields(Utf8JsonWriter writer, Annotation row)
    {
        ArgumentNullException.ThrowIfNull(writer);
        WriteJson(writer, Decode(row));
    }

    /// <inheritdoc />
    public string? Describe(Annotation row) => Describe(Decode(row));

    /// <summary>The label and JSON data (see <see cref="AnnotationData"/>) stored for one item.</summary>
    protected abstract (string? Label, string? DataJson) Encode(T item);

    /// <summary>The item of a row: its span and label, and its data (an undefined element when the row has none).</summary>
    protected abstract T Decode(Annotation row, JsonElement data);

    /// <summary>Writes an item's fields (not its span, text or type, which every entry has) to <c>report.json</c>.</summary>
    protected abstract void WriteJson(Utf8JsonWriter writer, T item);

    /// <summary>The normalised value a person reads; null by default.</summary>
    protected virtual string? Describe(T item) => null;

    /// <summary>A string field, or null when absent or not a string.</summary>
    protected static string? String(JsonElement data, JsonEncodedText name) =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty(name.EncodedUtf8Bytes, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>A number field, or null when absent or not a number.</summary>
    protected static double? Number(JsonElement data, JsonEncodedText name) =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty(name.EncodedUtf8Bytes, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;

    /// <summary>A boolean field, or null when absent or not a boolean.</summary>
    protected static bool? Boolean(JsonElement data, JsonEncodedText name) =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty(name.EncodedUtf8Bytes, out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean() : null;
}
