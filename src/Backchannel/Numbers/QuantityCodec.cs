using System.Globalization;
using System.Text;
using System.Text.Json;
using Backchannel.Corpus;

namespace Backchannel.Numbers;

/// <summary>
/// Stores quantities as <c>quantities</c> annotations labelled CARDINAL, ORDINAL, PERCENT, MONEY or QUANTITY, with
/// <c>value</c>, <c>upperValue</c>, <c>unit</c> and <c>qualifier</c>, the fields their <c>entities</c> entries carry.
/// </summary>
public sealed class QuantityCodec() : LayerCodec<Quantity>(AnnotationLayers.Quantities, NumberLayers.Quantities), IMentionLayer
{
    /// <summary>The stored and reported field names (docs/FORMATS.md, entities).</summary>
    public static class Fields
    {
        /// <summary>The value (the lower end of a range; percent in percent; money in its currency's units).</summary>
        public static readonly JsonEncodedText Value = JsonEncodedText.Encode("value");

        /// <summary>The upper end of a range, absent otherwise.</summary>
        public static readonly JsonEncodedText UpperValue = JsonEncodedText.Encode("upperValue");

        /// <summary>The unit: an ISO 4217 code, a unit of measure, a counted noun, percent; absent for a bare number.</summary>
        public static readonly JsonEncodedText Unit = JsonEncodedText.Encode("unit");

        /// <summary>APPROX, MORE_THAN, LESS_THAN, EQUAL_OR_MORE, EQUAL_OR_LESS or RANGE; absent when exact.</summary>
        public static readonly JsonEncodedText Qualifier = JsonEncodedText.Encode("qualifier");
    }

    /// <inheritdoc />
    public MentionKind Kind => MentionKind.Value;

    /// <summary>The stored label of a kind. The labels follow OntoNotes' names, which analysts and spaCy users know.</summary>
    public static string Label(QuantityKind kind) => kind switch
    {
        QuantityKind.Ordinal => "ORDINAL",
        QuantityKind.Percent => "PERCENT",
        QuantityKind.Money => "MONEY",
        QuantityKind.Measure => "QUANTITY",
        _ => "CARDINAL",
    };

    /// <inheritdoc />
    protected override (string? Label, string? DataJson) Encode(Quantity item)
        => (Label(item.Kind), AnnotationData.Object(w => Write(w, item)));

    /// <inheritdoc />
    protected override Quantity Decode(Annotation row, JsonElement data) => new(
        row.Start,
        row.End,
        row.Label switch
        {
            "ORDINAL" => QuantityKind.Ordinal,
            "PERCENT" => QuantityKind.Percent,
            "MONEY" => QuantityKind.Money,
            "QUANTITY" => QuantityKind.Measure,
            _ => QuantityKind.Cardinal,
        },
        Number(data, Fields.Value) ?? double.NaN,
        Number(data, Fields.UpperValue),
        String(data, Fields.Unit),
        String(data, Fields.Qualifier));

    /// <inheritdoc />
    protected override void WriteJson(Utf8JsonWriter writer, Quantity item) => Write(writer, item);

    /// <summary>"MORE_THAN 500 troops", "5–10 USD".</summary>
    protected override string? Describe(Quantity item)
    {
        var text = new StringBuilder();
        void Add(string? part, string separator = " ")
        {
            if (part is null)
            {
                return;
            }

            text.Append(text.Length > 0 ? separator : "").Append(part);
        }

        Add(item.Qualifier);
        Add(double.IsNaN(item.Value) ? null : Format(item.Value));
        Add(item.UpperValue is { } upper ? Format(upper) : null, "–");
        Add(item.Unit);
        return text.Length == 0 ? null : text.ToString();
    }

    private static string Format(double value) => value.ToString("G", CultureInfo.InvariantCulture);

    private static void Write(Utf8JsonWriter writer, Quantity item)
    {
        if (!double.IsNaN(item.Value))
        {
            writer.WriteNumber(Fields.Value, item.Value);
        }

        if (item.UpperValue is { } upper)
        {
            writer.WriteNumber(Fields.UpperValue, upper);
        }

        if (item.Unit is not null)
        {
            writer.WriteString(Fields.Unit, item.Unit);
        }

        if (item.Qualifier is not null)
        {
            writer.WriteString(Fields.Qualifier, item.Qualifier);
        }
    }
}
