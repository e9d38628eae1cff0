using Backchannel.Documents;

namespace Backchannel.Dates;

/// <summary>The layers the dates stage assigns.</summary>
public static class DateLayers
{
    /// <summary>Temporal expressions normalised to TIMEX3, in text order, never overlapping.</summary>
    public static readonly LayerKey<Timex> Timexes = new("doc.timexes");
}
