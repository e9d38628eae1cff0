using Backchannel.Dates;
using Backchannel.Dates.Evaluation;
using Backchannel.Tests.Support;

namespace Backchannel.Tests.Dates;

public sealed class TimeMlEvaluationTests
{
    // Five gold timexes: two found exactly and right, one found exactly with a (deliberately) different gold value,
    // one found with a longer extent ("the year 2014" for gold "2014"), one missed ("once"); "years" is spurious.
    private const string Sample = """
        <?xml version="1.0" ?>
        <TimeML>
        <DOCID>sample</DOCID>
        <DCT><TIMEX3 tid="t0" type="DATE" value="2026-01-21" functionInDocument="CREATION_TIME">2026-01-21</TIMEX3></DCT>
        <TEXT>
        The envoys met <TIMEX3 tid="t1" type="DATE" value="2026-01-20">Tuesday</TIMEX3> and talked for <TIMEX3 tid="t2" type="DURATION" value="PT3H">three hours</TIMEX3>. They will meet again <TIMEX3 tid="t3" type="DATE" value="2026-03">next month</TIMEX3>. The plan dates from the year <TIMEX3 tid="t4" type="DATE" value="2014">2014</TIMEX3> and was <TIMEX3 tid="t5" type="DATE" value="PAST_REF">once</TIMEX3> popular &amp; cheap. Critics have argued against it for years.
        </TEXT>
        </TimeML>
        """;

    [Fact]
    public void The_reader_strips_tags_and_keeps_gold_offsets_and_the_creation_date()
    {
        using var folder = new TempFolder();
        var document = TimeMlReader.Read(folder.Write("a.tml", Sample));

        Assert.Equal(new DateOnly(2026, 1, 21), document.CreationDate);
        Assert.Equal(5, document.Gold.Length);
        Assert.Equal("three hours", document.Text[document.Gold[1].Start..document.Gold[1].End]);
        Assert.Equal("PT3H", document.Gold[1].Value);
        Assert.Contains("popular & cheap", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_scorer_counts_strict_and_relaxed_extents_and_value_accuracy()
    {
        using var folder = new TempFolder();
        var document = TimeMlReader.Read(folder.Write("a.tml", Sample));
        var scorer = new TimexScorer();

        scorer.Add("a.tml", document.Text, document.Gold, TimexRecognizer.Recognize(document.Text, document.CreationDate));

        var overall = scorer.Overall;
        Assert.Equal((5, 5), (overall.Gold, overall.System));
        Assert.Equal(60.0, overall.StrictRecall, 3);
        Assert.Equal(60.0, overall.StrictPrecision, 3);
        Assert.Equal(80.0, overall.RelaxedRecall, 3);
        Assert.Equal(80.0, overall.RelaxedPrecision, 3);
        Assert.Equal(75.0, overall.ValueAccuracy, 3);
        Assert.Equal(100.0, scorer.For(TimexType.Duration).ValueAccuracy, 3);
        Assert.Equal(["missed", "spurious", "wrong"], scorer.Mismatches.Select(m => m.Kind).Order());
    }

    [Fact]
    public void The_eval_command_prints_value_accuracy_last()
    {
        using var folder = new TempFolder();
        folder.Write("nested/a.tml", Sample);

        var result = CliProcess.Run(folder.Path, "eval", "dates", "--timeml", folder.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("value-accuracy 75.00", result.Stdout.TrimEnd().Split('\n')[^1]);
        Assert.Contains("DURATION", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void The_eval_command_reports_a_missing_folder_as_a_coded_error()
    {
        using var folder = new TempFolder();

        var result = CliProcess.Run(folder.Path, "eval", "dates", "--timeml", folder.File("absent"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("BC1001", result.Stderr, StringComparison.Ordinal);
    }
}
