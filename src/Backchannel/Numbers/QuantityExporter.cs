using Backchannel.Corpus;
using Backchannel.Documents;

namespace Backchannel.Numbers;

/// <summary>Stores quantities as <c>quantities</c> annotations labelled CARDINAL, ORDINAL, PERCENT, MONEY or QUANTITY.</summary>
public sealed class QuantityExporter : IAnnotationExporter
{
    /// <inheritdoc />
    public string Layer => AnnotationLayers.Quantities;

    /// <inheritdoc />
    public IEnumerable<Annotation> Export(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (!document.Has(NumberLayers.Quantities))
        {
            yield break;
        }

        foreach (var q in document.Get(NumberLayers.Quantities))
        {
            var data = AnnotationData.Object(w =>
            {
                w.WriteNumber("value", q.Value);
                if (q.UpperValue is { } upper)
                {
                    w.WriteNumber("upperValue", upper);
                }

                if (q.Unit is not null)
                {
                    w.WriteString("unit", q.Unit);
                }

                if (q.Qualifier is not null)
                {
                    w.WriteString("qualifier", q.Qualifier);
                }
            });
            yield return new Annotation(Layer, q.Start, q.End, Label(q.Kind), data);
        }
    }

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
