namespace Backchannel.Corpus;

/// <summary>Names of stored annotation layers; stable, since they are kept in stores.</summary>
public static class AnnotationLayers
{
    /// <summary>Named-entity mentions (PER, ORG, GPE, LOC, NORP, MISC).</summary>
    public const string Entities = "entities";

    /// <summary>TIMEX3 dates, times, durations and sets with normalised values.</summary>
    public const string Timexes = "timexes";

    /// <summary>Numbers and quantities with value, unit and qualifier.</summary>
    public const string Quantities = "quantities";

    /// <summary>Quotes and reported statements with speaker, cue and relay (issue 18).</summary>
    public const string Quotes = "quotes";

    /// <summary>Links from mentions, titles and descriptions to actors (knowledge-base or NIL ids).</summary>
    public const string Links = "links";

    /// <summary>The structure a reader found (title, headings, captions, references, bylines, datelines): kept so a
    /// stored document is re-annotated (<c>reanalyze</c>) with the structure it was read with.</summary>
    public const string Regions = "regions";
}
