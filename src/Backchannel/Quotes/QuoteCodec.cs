using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Backchannel.Corpus;
using Backchannel.Documents;

namespace Backchannel.Quotes;

/// <summary>
/// Stores quotes as <c>quotes</c> annotations labelled with their kind (direct, partial, indirect), the speaker, cue,
/// relay and parts in the row's data; the same fields make a <c>quotes[]</c> entry of <c>report.json</c>
/// (docs/FORMATS.md).
/// </summary>
public sealed class QuoteCodec() : LayerCodec<Quote>(AnnotationLayers.Quotes, QuoteLayers.Quotes), IMarkedLayer
{
    /// <summary>The stored and reported field names.</summary>
    public static class Fields
    {
        public static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");
        public static readonly JsonEncodedText Speaker = JsonEncodedText.Encode("speaker");
        public static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");
        public static readonly JsonEncodedText Start = JsonEncodedText.Encode("start");
        public static readonly JsonEncodedText End = JsonEncodedText.Encode("end");
        public static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
        public static readonly JsonEncodedText Anonymous = JsonEncodedText.Encode("anonymous");
        public static readonly JsonEncodedText Description = JsonEncodedText.Encode("description");
        public static readonly JsonEncodedText Cue = JsonEncodedText.Encode("cue");
        public static readonly JsonEncodedText CueStart = JsonEncodedText.Encode("cueStart");
        public static readonly JsonEncodedText CueEnd = JsonEncodedText.Encode("cueEnd");
        public static readonly JsonEncodedText Via = JsonEncodedText.Encode("via");
        public static readonly JsonEncodedText Parts = JsonEncodedText.Encode("parts");
    }

    /// <summary>Where a stored quote's speaker is named (SQLite JSON paths into its data): for <c>search --speaker</c>.</summary>
    public static IReadOnlyList<string> SpeakerPaths { get; } = ["$.speaker.name", "$.speaker.text", "$.speaker.description"];

    /// <inheritdoc />
    public string MarkClass => "quote";

    /// <inheritdoc />
    public string? MarkTitle(Annotation row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var quote = Decode(row);
        var who = quote.Speaker switch
        {
            null => "no speaker named",
            { Anonymous: true } s => $"an unnamed source ({s.Description ?? s.Text})",
            { } s => s.Name is { } name && name != s.Text ? $"{name} (\"{s.Text}\")" : s.Text,
        };
        return $"{KindName(quote.Kind)} quote: {who}{(quote.Cue.Length > 0 ? ", " + quote.Cue : "")}{(quote.Via is { } via ? ", via " + via : "")}";
    }

    /// <inheritdoc />
    public string? MarkAnchor(Annotation row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return Anchor(row.Start, row.End);
    }

    /// <summary>The id of a quote's mark on its document's page, which the quotes section links to.</summary>
    public static string Anchor(int start, int end) => string.Create(CultureInfo.InvariantCulture, $"q-{start}-{end}");

    /// <summary>The kind's stored and reported name.</summary>
    public static string KindName(QuoteKind kind) => kind switch
    {
        QuoteKind.Partial => "partial",
        QuoteKind.Indirect => "indirect",
        _ => "direct",
    };

    /// <inheritdoc />
    protected override (string? Label, string? DataJson) Encode(Quote item) =>
        (KindName(item.Kind), AnnotationData.Object(w => Write(w, item, withText: true)));

    /// <inheritdoc />
    protected override Quote Decode(Annotation row, JsonElement data)
    {
        QuoteSpeaker? speaker = null;
        if (data.ValueKind == JsonValueKind.Object && data.TryGetProperty(Fields.Speaker.EncodedUtf8Bytes, out var s) && s.ValueKind == JsonValueKind.Object)
        {
            speaker = new QuoteSpeaker(
                String(s, Fields.Text) ?? "",
                (int)(Number(s, Fields.Start) ?? -1),
                (int)(Number(s, Fields.End) ?? -1),
                Boolean(s, Fields.Anonymous) ?? false,
                String(s, Fields.Description),
                String(s, Fields.Name));
        }

        var parts = ImmutableArray<TextSpan>.Empty;
        if (data.ValueKind == JsonValueKind.Object && data.TryGetProperty(Fields.Parts.EncodedUtf8Bytes, out var p) && p.ValueKind == JsonValueKind.Array)
        {
            parts = [.. p.EnumerateArray().Select(x => new TextSpan(x[0].GetInt32(), x[1].GetInt32()))];
        }

        return new Quote(
            row.Start,
            row.End,
            String(data, Fields.Text) ?? "",
            row.Label switch { "partial" => QuoteKind.Partial, "indirect" => QuoteKind.Indirect, _ => QuoteKind.Direct },
            speaker,
            String(data, Fields.Cue) ?? "",
            (int)(Number(data, Fields.CueStart) ?? -1),
            (int)(Number(data, Fields.CueEnd) ?? -1),
            String(data, Fields.Via),
            parts.IsEmpty ? [new TextSpan(row.Start, row.End)] : parts);
    }

    /// <inheritdoc />
    protected override void WriteJson(Utf8JsonWriter writer, Quote item) => Write(writer, item, withText: false);

    /// <summary>"speaker (cue)": what a reader sees first.</summary>
    protected override string? Describe(Quote item) =>
        item.Speaker is { } s ? string.Create(CultureInfo.InvariantCulture, $"{s.Name ?? s.Text} ({item.Cue})") : null;

    private static void Write(Utf8JsonWriter writer, Quote item, bool withText)
    {
        writer.WriteString(Fields.Kind, KindName(item.Kind));
        if (withText)
        {
            writer.WriteString(Fields.Text, item.Text);
        }

        if (item.Speaker is { } speaker)
        {
            writer.WriteStartObject(Fields.Speaker);
            writer.WriteString(Fields.Text, speaker.Text);
            writer.WriteNumber(Fields.Start, speaker.Start);
            writer.WriteNumber(Fields.End, speaker.End);
            if (speaker.Name is not null)
            {
                writer.WriteString(Fields.Name, speaker.Name);
            }

            writer.WriteBoolean(Fields.Anonymous, speaker.Anonymous);
            if (speaker.Description is not null)
            {
                writer.WriteString(Fields.Description, speaker.Description);
            }

            writer.WriteEndObject();
        }

        writer.WriteString(Fields.Cue, item.Cue);
        if (item.CueEnd > item.CueStart)
        {
            writer.WriteNumber(Fields.CueStart, item.CueStart);
            writer.WriteNumber(Fields.CueEnd, item.CueEnd);
        }

        if (item.Via is not null)
        {
            writer.WriteString(Fields.Via, item.Via);
        }

        if (item.Parts.Length > 1)
        {
            writer.WriteStartArray(Fields.Parts);
            foreach (var part in item.Parts)
            {
                writer.WriteStartArray();
                writer.WriteNumberValue(part.Start);
                writer.WriteNumberValue(part.End);
                writer.WriteEndArray();
            }

            writer.WriteEndArray();
        }
    }
}
