using System.Collections.Immutable;
using Backchannel.Documents;

namespace Backchannel.Quotes;

/// <summary>
/// One attributed statement: what was said (<see cref="Start"/>..<see cref="End"/>, the content's extent), how it is
/// reported, who said it and through which cue. A quote interrupted by its attribution ("..., she said, "...")
/// has several <see cref="Parts"/>; <see cref="Text"/> joins them with " … ". <see cref="Via"/> names who relayed it
/// ("according to Reuters, X said"). <see cref="Speaker"/> is null when the text names no source
/// ("it was reported that ...").
/// </summary>
public sealed record Quote(
    int Start,
    int End,
    string Text,
    QuoteKind Kind,
    QuoteSpeaker? Speaker,
    string Cue,
    int CueStart,
    int CueEnd,
    string? Via,
    ImmutableArray<TextSpan> Parts) : ISpan;
