using System.Collections.Immutable;

namespace Backchannel.Quotes.Polnear;

/// <summary>One PolNeAR article: its text, the annotation file used, and its attributions in text order.</summary>
/// <param name="Name">The article's file name without extension.</param>
/// <param name="Text">The article text (brat offsets index into it).</param>
/// <param name="AnnotationFile">The .ann file read (one annotator's; see <see cref="PolnearReader"/>).</param>
/// <param name="Attributions">Attributions ordered by the start of their content.</param>
public sealed record PolnearDocument(string Name, string Text, string AnnotationFile, ImmutableArray<PolnearAttribution> Attributions);
