using Backchannel.Dates;

namespace Backchannel.Tests.Dates;

public sealed class DocumentDateInferenceTests
{
    private static DateOnly Day(int year, int month, int day) => new(year, month, day);

    // History: a date the story is about, however prominent, is not the day it was written.
    [Theory]
    [InlineData("Harbour talks resume\n\nNegotiators met again on Monday, a decade after the collapse of the 14 March 2012 accord.")]
    [InlineData("Remembering The Attacks Of 11 September 2001\n\nCandles were lit along the river as crowds gathered.")]
    [InlineData("Ten years since 5 May 2016\n\nThe town marked the anniversary quietly.")]
    [InlineData("Ministers met on 3 March 2025 to discuss the dispute, which began in 2019.")]
    [InlineData("On 5 May 2005 — election day — voters went to the polls in the rain.")]
    public void A_date_told_as_history_is_not_taken(string text)
        => Assert.Null(DocumentDateInference.Infer(text));

    // Deadlines and plans lie ahead of the writing.
    [Theory]
    [InlineData("Tariff pact agreed\n\nThe tariff cut will take effect on 1 March 2026, the ministry said.")]
    [InlineData("Tariff pact agreed\n\nThe council set a deadline of 15 February 2026 for both sides to respond.")]
    [InlineData("Tariff pact agreed\n\nPayments are due on 30 June 2026 under the new schedule.")]
    [InlineData("Summit opens\nDue 7 January 2026\nThe summit opened with a minute's silence.")]
    [InlineData("Summit opens\n\nThe summit, which runs until 7 January 2026, opened in the capital on Monday.")]
    public void A_deadline_or_plan_date_is_not_taken(string text)
        => Assert.Null(DocumentDateInference.Infer(text));

    [Theory]
    [InlineData("Envoys return to the table\nWASHINGTON, Jan. 5, 1998 (Wire) — Negotiators resumed their talks on Monday, officials said.")]
    [InlineData("Envoys return to the table\nWASHINGTON (Wire) — Jan. 5, 1998 — Negotiators resumed their talks, officials said.")]
    [InlineData("OSLO, 5 January 1998 /Wire Service/ -- The two delegations resumed their talks in a hotel by the fjord.")]
    [InlineData("OSLO, 5 January 1998\n\nThe two delegations resumed their talks in a hotel by the fjord.")]
    public void A_dateline_is_taken(string text)
    {
        var evidence = DocumentDateInference.Explain(text);

        Assert.NotNull(evidence);
        Assert.Equal(Day(1998, 1, 5), evidence.Value.Date);
        Assert.Contains("1998", text[evidence.Value.Start..evidence.Value.End], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Envoys return\nPublished: Monday 5 January 2026, 14:03 GMT\nNegotiators resumed their talks, officials said.")]
    [InlineData("Envoys return\nBy Jane Roe, Lakeside Wire | January 5, 2026\nNegotiators resumed their talks, officials said.")]
    [InlineData("Envoys return\nMon 5 Jan 2026 14.03 GMT\nNegotiators resumed their talks, officials said.")]
    [InlineData("Envoys return\n5 January 2026\n\nNegotiators resumed their talks, officials said.")]
    [InlineData("Envoys return\nPublished 5 January 2026. Last updated 7 January 2026\nNegotiators resumed their talks.")]
    public void A_date_line_under_the_headline_is_taken(string text)
        => Assert.Equal(Day(2026, 1, 5), DocumentDateInference.Infer(text));

    [Fact]
    public void A_date_the_text_calls_today_is_taken()
    {
        var evidence = DocumentDateInference.Explain("The minister said today, Monday 5 January 2026, that the border talks had resumed.");

        Assert.Equal(Day(2026, 1, 5), evidence?.Date);
        Assert.Equal(DocumentDateSignal.Today, evidence?.Signal);
    }

    [Fact]
    public void A_date_the_text_calls_yesterday_dates_the_text_a_day_later()
    {
        var evidence = DocumentDateInference.Explain("The delegations met yesterday (Jan. 4, 2026) in a lakeside hotel and agreed to meet again.");

        Assert.Equal(Day(2026, 1, 5), evidence?.Date);
        Assert.Equal(DocumentDateSignal.Yesterday, evidence?.Signal);
    }

    [Fact]
    public void A_quoted_today_belongs_to_the_speaker_not_the_writer()
        => Assert.Null(DocumentDateInference.Infer("\"Today, 5 May 1945, the war in Europe is over,\" the historian read aloud to the class."));

    [Theory]
    [InlineData("No dates at all, only a quiet harbour and a long afternoon.")]
    [InlineData("The envoy left yesterday and returns next week, aides said on Friday.")]
    [InlineData("GENEVA, Jan 5 (Wire) - The talks resumed after a short pause.")]
    [InlineData("Cup preview\nRiverside Ground, Lakeside\nSaturday, 4 March 2006\nKick-off 1500 GMT\nThe two sides meet for the first time in years.")]
    public void A_text_that_does_not_say_when_it_was_written_gets_no_date(string text)
        => Assert.Null(DocumentDateInference.Infer(text));

    [Theory]
    [InlineData("Envoys return\nPublished: Tuesday 5 January 2026, 14:03 GMT\nNegotiators resumed their talks.")]
    [InlineData("The minister said today, Tuesday 5 January 2026, that the border talks had resumed.")]
    public void A_weekday_that_is_not_the_dates_weekday_leaves_it_unknown(string text)
        => Assert.Null(DocumentDateInference.Infer(text));

    [Fact]
    public void A_revision_date_alone_does_not_date_the_story()
        => Assert.Null(DocumentDateInference.Infer("Envoys return\nLast updated: 7 January 2026\nNegotiators resumed their talks."));

    [Fact]
    public void Two_different_days_for_the_writing_leave_it_unknown()
        => Assert.Null(DocumentDateInference.Infer("Envoys return\nPublished 5 January 2026\nThe minister said today, 6 January 2026, that talks would go on."));

    [Fact]
    public void A_past_event_dated_after_the_candidate_leaves_it_unknown()
        => Assert.Null(DocumentDateInference.Infer("PARIS, Jan 5, 2026 (Wire) - The council met on Jan. 9, 2026, officials said."));

    [Fact]
    public void Agreeing_signals_and_history_in_the_body_keep_the_date()
    {
        var evidence = DocumentDateInference.Explain(
            "Envoys return\nPublished 5 January 2026\nThe minister said yesterday, 4 January 2026, that the 1998 accord of 10 April 1998 still held.");

        Assert.Equal(Day(2026, 1, 5), evidence?.Date);
        Assert.Equal(DocumentDateSignal.DateLine, evidence?.Signal);
    }
}
