using Backchannel.Corpus;

namespace Backchannel.Dates;

/// <summary>Stores TIMEX3 expressions as <c>timexes</c> annotations labelled DATE, TIME, DURATION or SET.</summary>
public sealed class TimexExporter() : LayerExporter<Timex>(AnnotationLayers.Timexes, DateLayers.Timexes)
{
    /// <inheritdoc />
    protected override (string? Label, string? DataJson) Describe(Timex item)
        => (item.TypeName, AnnotationData.Object(w =>
        {
            w.WriteString("value", item.Value);
            if (item.Mod is not null)
            {
                w.WriteString("mod", item.Mod);
            }

            w.WriteBoolean("anchored", item.Anchored);
        }));
}
