using Backchannel.Corpus;

namespace Backchannel.Numbers;

/// <summary>Stores quantities as <c>quantities</c> annotations labelled CARDINAL, ORDINAL, PERCENT, MONEY or QUANTITY.</summary>
public sealed class QuantityExporter() : LayerExporter<Quantity>(AnnotationLayers.Quantities, NumberLayers.Quantities)
{
    /// <inheritdoc />
    protected override (string? Label, string? DataJson) Describe(Quantity item)
        => (Label(item.Kind), AnnotationData.Object(w =>
        {
            w.WriteNumber("value", item.Value);
            if (item.UpperValue is { } upper)
            {
                w.WriteNumber("upperValue", upper);
            }

            if (item.Unit is not null)
            {
                w.WriteString("unit", item.Unit);
            }

            if (item.Qualifier is not null)
            {
                w.WriteString("qualifier", item.Qualifier);
            }
        }));

    // The labels follow OntoNotes' names for numeric entities, which analysts and spaCy users already know.
    private static string Label(QuantityKind kind) => kind switch
    {
        QuantityKind.Ordinal => "ORDINAL",
        QuantityKind.Percent => "PERCENT",
        QuantityKind.Money => "MONEY",
        QuantityKind.Measure => "QUANTITY",
        _ => "CARDINAL",
    };
}
