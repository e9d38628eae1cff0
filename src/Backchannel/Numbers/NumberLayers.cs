using Backchannel.Documents;

namespace Backchannel.Numbers;

/// <summary>The layers the numbers stage assigns.</summary>
public static class NumberLayers
{
    /// <summary>Numbers and quantities, in text order, never overlapping.</summary>
    public static readonly LayerKey<Quantity> Quantities = new("doc.quantities");
}
