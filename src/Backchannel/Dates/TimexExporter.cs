using Backchannel.Corpus;
using Backchannel.Documents;

namespace Backchannel.Dates;

/// <summary>Stores TIMEX3 expressions as <c>timexes</c> annotations labelled DATE, TIME, DURATION or SET.</summary>
public sealed class TimexExporter : IAnnotationExporter
{
    /// <inheritdoc />
    public string Layer => AnnotationLayers.Timexes;

    /// <inheritdoc />
    public IEnumerable<Annotation> Export(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (!document.Has(DateLayers.Timexes))
        {
            yield break;
        }

        foreach (var timex in document.Get(DateLayers.Timexes))
        {
            var data = AnnotationData.Object(w =>
            {
                w.WriteString("value", timex.Value);
                if (timex.Mod is not null)
                {
                    w.WriteString("mod", timex.Mod);
                }

                w.WriteBoolean("anchored", timex.Anchored);
            });
            yield return new Annotation(Layer, timex.Start, timex.End, timex.TypeName, data);
        }
    }
}
