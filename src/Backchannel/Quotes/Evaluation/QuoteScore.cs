namespace Backchannel.Quotes.Evaluation;

/// <summary>The figures of <see cref="QuoteEvaluator"/>; see docs/EVALUATION.md for the matching rules.</summary>
/// <param name="Documents">Articles scored.</param>
/// <param name="ContentOverlap">Contents matched one-to-one by shared word characters.</param>
/// <param name="ContentExact">Contents whose word characters are exactly the gold's.</param>
/// <param name="CueOverlap">Cues matched one-to-one by shared word characters.</param>
/// <param name="CueExact">Cues whose word characters are exactly the gold's.</param>
/// <param name="SourcePairs">Overlap-matched contents (the denominator of the source accuracies).</param>
/// <param name="SourceCorrect">Of those, pairs whose sources agree (overlap, or both absent).</param>
/// <param name="SourceExact">Of those, pairs whose sources have exactly the same word characters (or both absent).</param>
public sealed record QuoteScore(
    int Documents,
    MatchCounts ContentOverlap,
    MatchCounts ContentExact,
    MatchCounts CueOverlap,
    MatchCounts CueExact,
    int SourcePairs,
    int SourceCorrect,
    int SourceExact)
{
    /// <summary>Source accuracy given a matched content (overlap).</summary>
    public double SourceAccuracy => SourcePairs == 0 ? 0 : (double)SourceCorrect / SourcePairs;

    /// <summary>Source accuracy given a matched content, sources compared exactly.</summary>
    public double SourceExactAccuracy => SourcePairs == 0 ? 0 : (double)SourceExact / SourcePairs;
}
