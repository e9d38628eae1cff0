using Backchannel.Dates.Evaluation;
using Backchannel.Tests.Support;

namespace Backchannel.Tests.Dates.Evaluation;

public sealed class DocumentDateEvaluationTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    // Four TimeML files: a dateline that is the creation day (right), a dateline a day before it (wrong, same month),
    // only a history date (abstains), and a creation-time TIMEX3 inside TEXT, which must be hidden (abstains).
    private void WriteFixture()
    {
        _temp.Write("tml/a.tml", Tml("a", "2026-01-05", "KYIV, 5 January 2026 (Wire) — Grain ministers met for a second day, officials said."));
        _temp.Write("tml/b.tml", Tml("b", "2026-01-06", "RIGA, 5 January 2026 (Wire) — The ferry link reopened after the storm."));
        _temp.Write("tml/c.tml", Tml("c", "2026-01-07", "The pact signed on 12 June 1999 still shapes the talks."));
        _temp.Write("tml/nested/d.tml", """
            <?xml version="1.0" ?>
            <TimeML>
            <DOCID>WIRE20260108.0001</DOCID>
            <TEXT>
            <TIMEX3 tid="t0" type="DATE" value="2026-01-08" functionInDocument="CREATION_TIME">January 8, 2026</TIMEX3>
            The delegates arrived late on Thursday and spoke to nobody.
            </TEXT>
            </TimeML>
            """);
    }

    private static string Tml(string id, string dct, string text) => $"""
        <?xml version="1.0" ?>
        <TimeML>
        <DOCID>{id}</DOCID>
        <DCT><TIMEX3 tid="t0" type="DATE" value="{dct}" temporalFunction="false" functionInDocument="CREATION_TIME">{dct}</TIMEX3></DCT>
        <TEXT>
        {text}
        </TEXT>
        </TimeML>
        """;

    [Fact]
    public void A_creation_time_inside_the_text_is_hidden_from_the_inference()
    {
        WriteFixture();
        var path = _temp.File("tml/nested/d.tml");

        var shown = TimeMlReader.Read(path);
        var hidden = TimeMlReader.Read(path, omitCreationTime: true);

        Assert.Contains("January 8, 2026", shown.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("January 8, 2026", hidden.Text, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 1, 8), hidden.CreationDate);
        Assert.Equal(new DateOnly(2026, 1, 8), Backchannel.Dates.DocumentDateInference.Infer(shown.Text));
        Assert.Null(Backchannel.Dates.DocumentDateInference.Infer(hidden.Text));
    }

    [Fact]
    public void The_evaluator_counts_coverage_right_and_wrong_days_and_months()
    {
        WriteFixture();

        var evaluation = DocumentDateEvaluator.Evaluate([_temp.File("tml")]);

        var s = evaluation.Scores;
        Assert.Equal((4, 2, 1), (s.Documents, s.Dated, s.RightDay));
        Assert.Equal(50.0, s.Coverage, 3);
        Assert.Equal(50.0, s.DayAccuracy!.Value, 3);
        Assert.Equal(100.0, s.MonthAccuracy!.Value, 3);
        Assert.Equal(new DocumentDateMiss("b.tml", new DateOnly(2026, 1, 5), new DateOnly(2026, 1, 6)), Assert.Single(s.Wrong));
        Assert.Equal(1, s.StatedInText);
        Assert.Equal(0, evaluation.Leaked);
    }

    [Fact]
    public void The_eval_command_lists_wrong_dates_and_prints_day_accuracy_last()
    {
        WriteFixture();

        var result = CliProcess.Run(_temp.Path, "eval", "docdate", "--timeml", _temp.File("tml"));

        Assert.True(result.ExitCode == 0, result.All);
        var lines = result.Stdout.TrimEnd().Split('\n');
        Assert.Equal("day-accuracy 50.00", lines[^1]);
        Assert.Equal("month-accuracy 100.00", lines[^2]);
        Assert.Contains("coverage 50.00", lines);
        Assert.Contains("  b.tml  2026-01-05  2026-01-06", lines);
    }

    [Fact]
    public void The_eval_command_says_na_when_nothing_is_dated()
    {
        _temp.Write("tml/c.tml", Tml("c", "2026-01-07", "The pact signed on 12 June 1999 still shapes the talks."));

        var result = CliProcess.Run(_temp.Path, "eval", "docdate", "--timeml", _temp.File("tml"));

        Assert.Equal("day-accuracy n/a", result.Stdout.TrimEnd().Split('\n')[^1]);
    }

    [Fact]
    public void The_text_listing_shows_each_inferred_date_with_its_line_and_flags_years_outside_the_range()
    {
        _temp.Write("txt/one.txt", "Ferry link reopens\nRIGA, 5 January 2026 (Wire) — The ferry link reopened after the storm.");
        _temp.Write("txt/sub/two.txt", "Pact still holds\n\nThe pact signed on 12 June 1999 still shapes the talks.");
        _temp.Write("txt/notes.md", "BERN, 1 May 1990 (Wire) — Not a .txt file, so not listed.");

        var result = CliProcess.Run(_temp.Path, "eval", "docdate", "--texts", _temp.File("txt"), "--expect-years", "2004-2005");

        Assert.True(result.ExitCode == 0, result.All);
        var lines = result.Stdout.TrimEnd().Split('\n');
        Assert.Equal("OUTSIDE one.txt\t2026-01-05\tDateline\tRIGA, 5 January 2026 (Wire) — The ferry link reopened after the storm.", lines[0]);
        Assert.Equal(["files 2", "dated 1", "outside-expected-years 1"], lines[1..]);
    }

    [Fact]
    public void Giving_both_or_neither_input_is_a_usage_error()
    {
        var neither = CliProcess.Run(_temp.Path, "eval", "docdate");
        var both = CliProcess.Run(_temp.Path, "eval", "docdate", "--timeml", _temp.Path, "--texts", _temp.Path);

        Assert.Equal((1, 1), (neither.ExitCode, both.ExitCode));
        Assert.Contains("BC4001", neither.Stderr, StringComparison.Ordinal);
    }

    // The figure EVALUATION.md reports: no text-inferred date may be wrong more than once in twenty. TBAQ's texts never
    // state their own date with its year, so today nothing is dated; the test fails if the inference starts guessing
    // (the rule it replaced dated 19 documents, all wrongly).
    [SharedDataFact("data/tempeval3/Training/TBAQ-cleaned")]
    public void On_TBAQ_at_least_95_percent_of_the_inferred_dates_are_right_to_the_day()
    {
        var root = Path.Combine(RepoPaths.Shared, "data", "tempeval3", "Training", "TBAQ-cleaned");

        var evaluation = DocumentDateEvaluator.Evaluate([Path.Combine(root, "TimeBank"), Path.Combine(root, "AQUAINT")]);

        var s = evaluation.Scores;
        Assert.Equal(256, s.Documents);
        Assert.Equal(0, evaluation.Leaked);
        Assert.True(s.DayAccuracy is null or >= 95.0, "wrong: " + string.Join(", ", s.Wrong));
    }

    [SharedDataFact("data/news-bbc")]
    public void On_BBC_news_of_2004_and_2005_no_inferred_date_falls_outside_those_years()
    {
        var listing = DocumentDateListing.List([Path.Combine(RepoPaths.Shared, "data", "news-bbc")]);

        Assert.Equal(2225, listing.Files);
        Assert.All(listing.Rows, row => Assert.InRange(row.Evidence.Date.Year, 2004, 2005));
    }
}
