using System.Collections.Immutable;
using Backchannel.Documents;

namespace Backchannel.Quotes.Polnear;

/// <summary>
/// One annotated attribution of a PolNeAR article: its content, cue and source, each a list of character ranges
/// (brat allows discontinuous spans, e.g. a quote interrupted by "she said"). The source is empty for PolNeAR's
/// "Attribution-no-source" events.
/// </summary>
public sealed record PolnearAttribution(
    ImmutableArray<TextSpan> Content,
    ImmutableArray<TextSpan> Cue,
    ImmutableArray<TextSpan> Source);
