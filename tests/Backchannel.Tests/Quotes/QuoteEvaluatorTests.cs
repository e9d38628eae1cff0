using System.Collections.Immutable;
using Backchannel.Documents;
using Backchannel.Quotes;
using Backchannel.Quotes.Evaluation;
using Backchannel.Quotes.Polnear;

namespace Backchannel.Tests.Quotes;

public sealed class QuoteEvaluatorTests
{
    private const string Text = "The mayor said the bridge would open. Officials said the road was closed.";

    private static PolnearAttribution Gold(int contentStart, int contentEnd, int cueStart, int cueEnd, int sourceStart, int sourceEnd) =>
        new([new TextSpan(contentStart, contentEnd)], [new TextSpan(cueStart, cueEnd)], sourceStart < 0 ? [] : [new TextSpan(sourceStart, sourceEnd)]);

    private static Quote Predicted(int start, int end, int cueStart, int cueEnd, int sourceStart, int sourceEnd) =>
        new(start, end, Text[start..end], QuoteKind.Indirect,
            sourceStart < 0 ? null : new QuoteSpeaker(Text[sourceStart..sourceEnd], sourceStart, sourceEnd, false),
            Text[cueStart..cueEnd], cueStart, cueEnd, null, [new TextSpan(start, end)]);

    private static readonly ImmutableArray<PolnearAttribution> s_gold =
    [
        Gold(15, 36, 10, 14, 0, 9),   // the bridge would open / said / The mayor
        Gold(53, 72, 48, 52, 38, 47), // the road was closed / said / Officials
    ];

    [Fact]
    public void PunctuationAtTheEdgesDoesNotBreakAnExactMatch()
    {
        var score = QuoteEvaluator.Score(Text, s_gold, [Predicted(15, 38, 10, 14, 0, 9)]);
        Assert.Equal(1, score.ContentExact.Matched);
        Assert.Equal(1, score.ContentOverlap.Matched);
        Assert.Equal(1, score.SourceCorrect);
    }

    [Fact]
    public void OverlapNeedsOneSharedWordCharacterExactNeedsAll()
    {
        var score = QuoteEvaluator.Score(Text, s_gold, [Predicted(26, 37, 10, 14, 4, 9)]);
        Assert.Equal(1, score.ContentOverlap.Matched);
        Assert.Equal(0, score.ContentExact.Matched);
        Assert.Equal(1, score.SourceCorrect);
        Assert.Equal(0, score.SourceExact);
    }

    [Fact]
    public void OneLongPredictionMatchesOnlyOneGoldContent()
    {
        var score = QuoteEvaluator.Score(Text, s_gold, [Predicted(15, 72, 10, 14, 0, 9)]);
        Assert.Equal(1, score.ContentOverlap.Matched);
        Assert.Equal(0.5, score.ContentOverlap.Recall);
        Assert.Equal(1.0, score.ContentOverlap.Precision);
    }

    [Fact]
    public void SourceAccuracyCountsOnlyMatchedContents()
    {
        var score = QuoteEvaluator.Score(Text, s_gold, [Predicted(15, 37, 10, 14, 38, 47), Predicted(0, 3, 10, 14, -1, -1)]);
        Assert.Equal(1, score.SourcePairs);
        Assert.Equal(0, score.SourceCorrect);
        Assert.Equal(0.0, score.SourceAccuracy);
    }

    [Fact]
    public void MissingSourceAgreesWithMissingSource()
    {
        ImmutableArray<PolnearAttribution> gold = [Gold(15, 36, 10, 14, -1, -1)];
        var score = QuoteEvaluator.Score(Text, gold, [Predicted(15, 37, 10, 14, -1, -1)]);
        Assert.Equal(1.0, score.SourceAccuracy);
        Assert.Equal(1.0, QuoteEvaluator.Score(Text, gold, [Predicted(15, 37, 10, 14, -1, -1)]).CueExact.F1);
    }
}
