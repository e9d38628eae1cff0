using System.Text.Json;
using Backchannel.Corpus;
using Backchannel.Documents;
using Backchannel.Quotes;
using Backchannel.Quotes.Evaluation;
using Backchannel.Tests.Support;

namespace Backchannel.Tests.Quotes;

/// <summary>
/// Issue 18 points 2–3: only statements reach the record (no stances, no answers of an unnamed interviewee, no bare
/// pronoun as speaker), quotes survive the store, and analyze writes them to report.json and the HTML report.
/// </summary>
public sealed class QuoteStageTests
{
    [Fact]
    public void A_stance_is_not_a_statement_but_what_someone_said_is()
    {
        Assert.Empty(QuoteRun.Quotes("The Veldorian minister Ola Brandt backed the harbour plan after a long debate."));
        var quote = QuoteRun.Single("The Veldorian minister Ola Brandt said the harbour plan would pass next week.", "harbour plan");
        Assert.Equal("Ola Brandt", quote.Speaker!.Name ?? quote.Speaker.Text);
    }

    [Fact]
    public void Answers_of_a_question_and_answer_text_that_introduces_no_interview_are_nobody_s_statements()
    {
        const string text = "Anna Lind opened the harbour forum on Monday.\n\n"
            + "Q: What happens to the ferry fees?\n\n"
            + "A: Nothing has been decided about the ferry fees yet.";
        Assert.DoesNotContain(QuoteRun.Quotes(text), q => q.Speaker?.Name == "Anna Lind");
    }

    [Fact]
    public void A_pronoun_that_names_no_one_is_not_shown_as_the_speaker()
    {
        var quotes = QuoteRun.Quotes("\"The ferry fees will stay as they are,\" he said.");
        Assert.All(quotes, q => Assert.True(q.Speaker is null || q.Speaker.Name is not null || !string.Equals(q.Speaker.Text, "he", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void The_subject_of_a_passive_cue_is_not_its_speaker_but_one_quoted_as_saying_is()
    {
        // The model gives "was announced" the subject of the sentence before it ("Both sides") as speaker.
        const string text = "The Veldorian and Ostrian delegations met in Tallmark on Monday. Both sides spoke warmly about the talks, but no agreement or document was announced.";
        var quotes = QuoteRun.Quotes(text);
        Assert.Null(Assert.Single(quotes, q => q.Cue == "was announced").Speaker);
        Assert.Equal("Both sides", Assert.Single(quotes, q => q.Cue.StartsWith("spoke", StringComparison.Ordinal)).Speaker!.Text);

        var quoted = QuoteRun.Quotes("The envoy Jan Kowal was quoted as saying that the talks had failed.");
        Assert.Contains(quoted, q => q.Speaker?.Name == "Jan Kowal" || q.Speaker?.Text == "Jan Kowal" || q.Speaker?.Text == "The envoy Jan Kowal");
    }

    [Fact]
    public void A_body_named_after_a_person_is_not_that_person()
    {
        var quotes = QuoteRun.Quotes("The Brandt administration said on Monday that the ferry fees would stay.");
        var quote = Assert.Single(quotes);
        Assert.Equal("The Brandt administration", quote.Speaker!.Text);
        Assert.Null(quote.Speaker.Name);
    }

    [Fact]
    public void The_codec_restores_every_field_of_a_stored_quote()
    {
        const string text = "\"We are ready,\" the envoy Jan Kowal told reporters, \"but not at any price.\"";
        var quotes = QuoteRun.Quotes(text);
        var quote = Assert.Single(quotes);
        var document = new Document(text, new DocumentMetadata()).With(QuoteLayers.Quotes, [quote]);
        var codec = new QuoteCodec();

        var rows = codec.Export(document).ToList();
        var restored = codec.Restore(new Document(text, new DocumentMetadata()), rows).Get(QuoteLayers.Quotes);

        var back = Assert.Single(restored);
        Assert.Equal((quote.Start, quote.End, quote.Text, quote.Kind, quote.Cue, quote.CueStart, quote.CueEnd, quote.Via), (back.Start, back.End, back.Text, back.Kind, back.Cue, back.CueStart, back.CueEnd, back.Via));
        Assert.Equal(quote.Speaker, back.Speaker);
        Assert.Equal(quote.Parts.ToArray(), back.Parts.ToArray());
        Assert.True(quote.Parts.Length > 1, "an interrupted quote keeps its parts");
        Assert.Equal(AnnotationLayers.Quotes, Assert.Single(rows).Layer);
    }

    [Fact]
    public void Analyze_writes_quotes_with_their_speaker_to_the_json_and_the_report()
    {
        using var folder = new TempFolder();
        var article = folder.File("harbour.txt");
        File.WriteAllText(article, "Harbour talks end without a deal\n\nThe Veldorian trade minister Ola Brandt met port officials in Tallmark on Monday.\n\n"
            + "\"We will not raise the ferry fees this year,\" Brandt said after the meeting.\n");
        var json = folder.File("out.json");
        var html = folder.File("out.html");

        var result = CliProcess.Run(folder.Path, "analyze", article, "--db", folder.File("s.db"), "--json", json, "--report", html, "--published", "2026-03-02");

        Assert.Equal(0, result.ExitCode);
        using var report = JsonDocument.Parse(File.ReadAllText(json));
        var quote = Assert.Single(report.RootElement.GetProperty("quotes").EnumerateArray());
        Assert.Equal("direct", quote.GetProperty("kind").GetString());
        Assert.Equal("Brandt", quote.GetProperty("speaker").GetProperty("text").GetString());
        Assert.Equal("Ola Brandt", quote.GetProperty("speaker").GetProperty("name").GetString());
        Assert.Equal("said", quote.GetProperty("cue").GetString());
        Assert.Equal("2026-03-02", quote.GetProperty("date").GetString());
        var page = File.ReadAllText(html);
        Assert.Contains("Who said what", page, StringComparison.Ordinal);
        var anchor = QuoteCodec.Anchor(quote.GetProperty("start").GetInt32(), quote.GetProperty("end").GetInt32());
        Assert.Contains($"id=\"{anchor}\"", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"#{anchor}\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_by_speaker_lists_their_statements_and_only_theirs()
    {
        using var folder = new TempFolder();
        var article = folder.File("ferry.txt");
        File.WriteAllText(article, "Ferry fees split the harbour council\n\nThe Veldorian trade minister Ola Brandt met the mayor Piet Ruys in Tallmark on Monday.\n\n"
            + "\"We will not raise the ferry fees this year,\" Brandt said after the meeting.\n\n"
            + "Ruys told reporters that the council would vote on the fees in May.\n");
        var db = folder.File("s.db");
        Assert.Equal(0, CliProcess.Run(folder.Path, "analyze", article, "--db", db, "--published", "2026-03-02").ExitCode);

        var brandt = CliProcess.Run(folder.Path, "search", "--speaker", "brandt", "--db", db);
        var nobody = CliProcess.Run(folder.Path, "search", "--speaker", "Nobody Atall", "--db", db);
        var neither = CliProcess.Run(folder.Path, "search", "--db", db);

        Assert.Equal(0, brandt.ExitCode);
        Assert.Contains("raise the ferry fees", brandt.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("vote on the fees", brandt.Stdout, StringComparison.Ordinal);
        Assert.Contains("1 statement.", brandt.All, StringComparison.Ordinal);
        Assert.Contains("No statements", nobody.All, StringComparison.Ordinal);
        Assert.NotEqual(0, neither.ExitCode);
        Assert.Contains("BC4001", neither.All, StringComparison.Ordinal);
    }

    [Fact]
    public void The_blind_scorer_counts_matches_misses_speakers_and_false_alarms()
    {
        const string text = "Ola Brandt said the fees would stay. The \"smart port\" scheme starts in May, officials said.";
        var document = new Document(text, new DocumentMetadata());
        (int Start, int End) At(string words) => (text.IndexOf(words, StringComparison.Ordinal), text.IndexOf(words, StringComparison.Ordinal) + words.Length);
        QuoteGoldItem Statement(string id, (int Start, int End) span, QuoteGoldSpeaker? speaker, bool doubt = false) =>
            new(id, "indirect", span.Start, span.End, [span], speaker, new QuoteGoldSpan(11, 15, "said"), null, doubt);
        var negative = At("smart port");
        var gold = new QuoteGoldDocument("t1", "t.txt", "test", document,
        [
            Statement("g1", At("the fees would stay"), new QuoteGoldSpeaker(0, 10, "Ola Brandt", "Ola Brandt", false)),
            Statement("g2", At("starts in May"), new QuoteGoldSpeaker(At("officials").Start, At("officials").End, "officials", null, true), doubt: true),
            new QuoteGoldItem("n1", "not-a-quote", negative.Start, negative.End, [negative], null, null, null, false),
        ]);
        Quote System((int Start, int End) span, QuoteSpeaker? who) =>
            new(span.Start, span.End, text[span.Start..span.End], QuoteKind.Indirect, who, "said", 11, 15, null, [new TextSpan(span.Start, span.End)]);
        var scorer = new QuoteGoldScorer();

        scorer.Add(gold, [System(At("the fees would stay"), new QuoteSpeaker("Ola Brandt", 0, 10, false, null, "Ola Brandt")), System(negative, null)]);

        Assert.Equal((2, 1, 2, 1), (scorer.All.Gold, scorer.All.GoldMatched, scorer.All.System, scorer.All.SystemMatched));
        Assert.Equal((1, 1), (scorer.All.Speakers, scorer.All.SpeakersRight));
        Assert.Equal((1, 1, 2, 1), (scorer.Sure.Gold, scorer.Sure.GoldMatched, scorer.Sure.System, scorer.Sure.SystemMatched));
        Assert.Equal((1, 1), (scorer.All.FalseAlarms, scorer.All.Negatives));
        Assert.Contains(scorer.Misses, m => m.StartsWith("missed g2", StringComparison.Ordinal));
        Assert.Contains(scorer.Misses, m => m.StartsWith("extra t1", StringComparison.Ordinal) && m.EndsWith("on a negative", StringComparison.Ordinal));
    }
}
