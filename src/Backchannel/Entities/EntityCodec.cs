using System.Text.Json;
using Backchannel.Corpus;

namespace Backchannel.Entities;

/// <summary>
/// Stores entity mentions as <c>entities</c> annotations labelled with their type, with a confidence; in
/// <c>report.json</c> each is an <c>entities</c> entry with <c>confidence</c>.
/// </summary>
public sealed class EntityCodec() : LayerCodec<EntityMention>(AnnotationLayers.Entities, EntityLayers.Entities), IMentionLayer
{
    /// <summary>The stored and reported field names (docs/FORMATS.md, entities).</summary>
    public static class Fields
    {
        /// <summary>The recogniser's confidence, 0–1, three decimals.</summary>
        public static readonly JsonEncodedText Confidence = JsonEncodedText.Encode("confidence");
    }

    /// <inheritdoc />
    public MentionKind Kind => MentionKind.Name;

    /// <inheritdoc />
    protected override (string? Label, string? DataJson) Encode(EntityMention item)
    {
        var confidence = Math.Round(item.Confidence, 3);
        return (item.Label, AnnotationData.Object(w => w.WriteNumber(Fields.Confidence, confidence)));
    }

    /// <inheritdoc />
    protected override EntityMention Decode(Annotation row, JsonElement data) =>
        new(row.Start, row.End, row.Label ?? "", (float)(Number(data, Fields.Confidence) ?? double.NaN));

    /// <inheritdoc />
    protected override void WriteJson(Utf8JsonWriter writer, EntityMention item)
    {
        // Single precision, written shortest: the three decimals stored come back as written (0.97, not 0.9700000286).
        if (!float.IsNaN(item.Confidence))
        {
            writer.WriteNumber(Fields.Confidence, item.Confidence);
        }
    }
}
