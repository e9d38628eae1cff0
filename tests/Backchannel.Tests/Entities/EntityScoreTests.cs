using Backchannel.Entities;

namespace Backchannel.Tests.Entities;

public sealed class EntityScoreTests
{
    [Fact]
    public void Only_exact_span_and_type_matches_count_as_correct()
    {
        var score = new EntityScore();

        score.Add(
            [new EntitySpan(0, 2, "PER"), new EntitySpan(4, 5, "LOC")],
            [new EntitySpan(0, 2, "PER"), new EntitySpan(4, 6, "LOC"), new EntitySpan(7, 8, "ORG")]);

        var overall = score.Score(null);
        Assert.Equal(100.0 / 3, overall.Precision, 6);
        Assert.Equal(50.0, overall.Recall, 6);
        Assert.Equal(40.0, score.F1, 6);
        Assert.Equal(0.0, score.Score("LOC").F1);
        Assert.Equal(100.0, score.Score("PER").F1);
    }

    [Fact]
    public void The_report_has_a_line_per_type_and_overall_and_ends_with_the_f1_line()
    {
        var score = new EntityScore();
        score.Add([new EntitySpan(0, 1, "PER"), new EntitySpan(2, 3, "ORG")], [new EntitySpan(0, 1, "PER")]);

        var lines = score.Report().Split('\n');

        Assert.StartsWith("ORG ", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("PER ", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("overall ", lines[3], StringComparison.Ordinal);
        Assert.Equal("F1 66.67", lines[^1]);
    }
}
