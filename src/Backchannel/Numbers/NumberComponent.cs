using System.Runtime.InteropServices;
using Backchannel.Dates;
using Backchannel.Documents;
using Backchannel.Pipeline;
using Backchannel.Text;

namespace Backchannel.Numbers;

/// <summary>The pipeline stage that assigns <see cref="NumberLayers.Quantities"/> from the tokens and sentences.</summary>
public sealed class NumberComponent : IPipelineComponent
{
    /// <summary>The component's name in a pipeline.</summary>
    public const string ComponentName = "numbers";

    /// <inheritdoc />
    public string Name => ComponentName;

    /// <inheritdoc />
    public IReadOnlyList<LayerKey> Requires { get; } = [TextLayers.Tokens, TextLayers.Sentences];

    /// <inheritdoc />
    public IReadOnlyList<LayerKey> Assigns { get; } = [NumberLayers.Quantities];

    /// <inheritdoc />
    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var found = QuantityScanner.Scan(document.Text, document.Get(TextLayers.Tokens).AsSpan(), document.Get(TextLayers.Sentences).AsSpan(), cancellationToken);
        if (document.Has(DateLayers.Timexes))
        {
            found = WithoutTimexes(found, document.Get(DateLayers.Timexes).AsSpan());
        }

        return document.With(NumberLayers.Quantities, ImmutableCollectionsMarshal.AsImmutableArray(found));
    }

    // When the dates stage ran first, a span it normalised ("2023", "two hours", "one year") is a date or duration,
    // not also a quantity: one mention, with its TIMEX3 value, is what a reader of the outputs expects.
    private static Quantity[] WithoutTimexes(Quantity[] quantities, ReadOnlySpan<Timex> timexes)
    {
        if (timexes.IsEmpty)
        {
            return quantities;
        }

        var kept = new List<Quantity>(quantities.Length);
        var t = 0;
        foreach (var q in quantities)
        {
            while (t < timexes.Length && timexes[t].End <= q.Start)
            {
                t++;
            }

            var covered = false;
            for (var i = t; i < timexes.Length && timexes[i].Start <= q.Start; i++)
            {
                covered |= timexes[i].End >= q.End;
            }

            if (!covered)
            {
                kept.Add(q);
            }
        }

        return kept.Count == quantities.Length ? quantities : [.. kept];
    }
}
