using System.Text.Json;
using Backchannel.Corpus;

namespace Backchannel.Dates;

/// <summary>
/// Stores TIMEX3 expressions as <c>timexes</c> annotations labelled DATE, TIME, DURATION or SET, with
/// <c>value</c>, <c>mod</c> and <c>anchored</c>, the same fields their <c>entities</c> entries carry in <c>report.json</c>.
/// </summary>
public sealed class TimexCodec() : LayerCodec<Timex>(AnnotationLayers.Timexes, DateLayers.Timexes), IMentionLayer
{
    /// <summary>The stored and reported field names (docs/FORMATS.md, entities).</summary>
    public static class Fields
    {
        /// <summary>The TIMEX3 value ("2026-01-20", "P3D", "XXXX-WXX-2").</summary>
        public static readonly JsonEncodedText Value = JsonEncodedText.Encode("value");

        /// <summary>The TIMEX3 mod (START, END, APPROX…), absent when none.</summary>
        public static readonly JsonEncodedText Mod = JsonEncodedText.Encode("mod");

        /// <summary>False when the value still holds X placeholders for want of a document date.</summary>
        public static readonly JsonEncodedText Anchored = JsonEncodedText.Encode("anchored");
    }

    /// <inheritdoc />
    public MentionKind Kind => MentionKind.Value;

    /// <inheritdoc />
    protected override (string? Label, string? DataJson) Encode(Timex item)
        => (item.TypeName, AnnotationData.Object(w => Write(w, item)));

    /// <inheritdoc />
    protected override Timex Decode(Annotation row, JsonElement data) => new(
        row.Start,
        row.End,
        row.Label switch { "TIME" => TimexType.Time, "DURATION" => TimexType.Duration, "SET" => TimexType.Set, _ => TimexType.Date },
        String(data, Fields.Value) ?? "",
        String(data, Fields.Mod),
        Boolean(data, Fields.Anchored) ?? false);

    /// <inheritdoc />
    protected override void WriteJson(Utf8JsonWriter writer, Timex item) => Write(writer, item);

    /// <inheritdoc />
    protected override string? Describe(Timex item) => item.Mod is null ? item.Value : $"{item.Value} {item.Mod}";

    private static void Write(Utf8JsonWriter writer, Timex item)
    {
        writer.WriteString(Fields.Value, item.Value);
        if (item.Mod is not null)
        {
            writer.WriteString(Fields.Mod, item.Mod);
        }

        writer.WriteBoolean(Fields.Anchored, item.Anchored);
    }
}
