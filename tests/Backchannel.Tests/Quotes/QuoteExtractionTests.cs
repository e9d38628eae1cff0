using Backchannel.Quotes;

namespace Backchannel.Tests.Quotes;

/// <summary>
/// Issue 18, points 1 and 2: each construction on sentences written for these tests (no corpus text), with the
/// speaker, kind, cue and relay we expect from the shipped model and the decoder.
/// </summary>
public sealed class QuoteExtractionTests
{
    [Fact]
    public void StraightQuoteWithSaidAfterIt()
    {
        const string text = "The envoy Jan Kowal arrived in Geneva on Monday.\n\n\"We will not give up an inch of our land,\" Kowal said.";
        var quote = QuoteRun.Single(text, "inch of our land");
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("Kowal", quote.Speaker!.Text);
        Assert.Equal("Jan Kowal", quote.Speaker.Name);
        Assert.Equal("said", quote.Cue);
    }

    [Fact]
    public void CurlyQuoteWithSaidBeforeTheSpeaker()
    {
        const string text = "“We have made real progress,” said Maria Lopez, the chief mediator.";
        var quote = QuoteRun.Single(text, "real progress");
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.StartsWith("Maria Lopez", quote.Speaker!.Text, StringComparison.Ordinal);
        Assert.Equal("Maria Lopez", quote.Speaker.Name);
    }

    [Fact]
    public void InterruptedQuoteIsOneQuoteInTwoParts()
    {
        const string text = "Anna Brandt spoke after the meeting.\n\n\"The talks were useful,\" she said, \"but nobody should expect a breakthrough this week.\"";
        var quote = QuoteRun.Single(text, "talks were useful");
        Assert.Equal(2, quote.Parts.Length);
        Assert.Contains("breakthrough", quote.Text, StringComparison.Ordinal);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("she", quote.Speaker!.Text);
        Assert.Equal("Anna Brandt", quote.Speaker.Name);
    }

    [Fact]
    public void QuoteRunningOverParagraphsKeepsItsSpeaker()
    {
        const string text = "“The first thing we did was to call the families,” said Piotr Nowak, the regional governor.\n\n"
            + "“Then we asked the mayors to open the schools. Nobody wanted the children to sleep in the cold.\n\n"
            + "“It took three days before the roads were clear,” he added.";
        var quotes = QuoteRun.Quotes(text);
        var first = Assert.Single(quotes, q => q.Text.Contains("call the families", StringComparison.Ordinal));
        Assert.Contains("open the schools", first.Text, StringComparison.Ordinal);
        Assert.Equal("Piotr Nowak", first.Speaker!.Name);
        var last = Assert.Single(quotes, q => q.Text.Contains("three days", StringComparison.Ordinal));
        Assert.Equal("Piotr Nowak", last.Speaker!.Name);
        Assert.Equal("added", last.Cue);
    }

    [Fact]
    public void NestedQuoteStaysInsideItsOuterQuote()
    {
        const string text = "Piotr Nowak leads the delegation.\n\n“He told me, ‘Do not wait for Geneva,’ and I agreed,” Nowak said.";
        var quote = Assert.Single(QuoteRun.Quotes(text));
        Assert.Contains("Do not wait for Geneva", quote.Text, StringComparison.Ordinal);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("Piotr Nowak", quote.Speaker!.Name);
    }

    [Fact]
    public void PartialQuoteInsideASentence()
    {
        const string text = "Anna Brandt criticised the \"bypassing of parliament\" by the government.";
        var quote = QuoteRun.Single(text, "bypassing of parliament");
        Assert.Equal(QuoteKind.Partial, quote.Kind);
        Assert.Equal("Anna Brandt", quote.Speaker!.Text);
    }

    [Fact]
    public void DescribedAsIsAnAttributedEvaluation()
    {
        const string text = "Both sides described the meeting as \"constructive\".";
        var quote = QuoteRun.Single(text, "constructive");
        Assert.Equal(QuoteKind.Partial, quote.Kind);
        Assert.Equal("Both sides", quote.Speaker!.Text);
        Assert.False(quote.Speaker.Anonymous);
    }

    [Fact]
    public void ScareQuotesAndTitlesAreNotStatements()
    {
        const string text = "The so-called \"peace dividend\" never arrived, and the film \"Long Road Home\" won a prize.\n\n"
            + "The party held its annual \"unity\" rally on Sunday.";
        Assert.Empty(QuoteRun.Quotes(text));
    }

    [Theory]
    [InlineData("Jan Kowal said that the ceasefire would hold until the spring.", "said", "Jan Kowal")]
    [InlineData("The army warned that any incursion would be met with force.", "warned", "The army")]
    [InlineData("The spokesman argued that the blockade was illegal under international law.", "argued", "The spokesman")]
    [InlineData("European leaders insisted that sanctions would stay in place.", "insisted", "European leaders")]
    [InlineData("President Elena Ruiz told reporters on Tuesday that her government would not negotiate under threat.", "told", "President Elena Ruiz")]
    [InlineData("The old bridge over the river will be closed for repairs until March, the city council said.", "said", "the city council")]
    public void IndirectSpeech(string text, string cue, string speaker)
    {
        var quote = Assert.Single(QuoteRun.Quotes(text));
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.StartsWith(cue, quote.Cue, StringComparison.Ordinal);
        Assert.Equal(speaker, quote.Speaker!.Text);
    }

    [Fact]
    public void AccordingToNamesTheSource()
    {
        const string text = "The border crossing will reopen next week, according to the interior ministry.";
        var quote = QuoteRun.Single(text, "border crossing will reopen");
        Assert.Equal("according to", quote.Cue);
        Assert.Equal("the interior ministry", quote.Speaker!.Text);
        Assert.Null(quote.Via);
    }

    [Fact]
    public void InAStatementTheOrganisationSpeaks()
    {
        const string text = "In a statement, the Ministry of Defence said its troops had withdrawn from the river.";
        var quote = QuoteRun.Single(text, "troops had withdrawn");
        Assert.Equal("the Ministry of Defence", quote.Speaker!.Text);
        Assert.False(quote.Speaker.Anonymous);
    }

    [Fact]
    public void OrganisationAndCollectiveSpeakers()
    {
        const string text = "The International Crisis Group wrote that the region faced a humanitarian emergency.\n\n"
            + "The Kremlin said the exercises were routine.";
        Assert.Equal("The International Crisis Group", QuoteRun.Single(text, "humanitarian emergency").Speaker!.Text);
        Assert.Equal("The Kremlin", QuoteRun.Single(text, "exercises were routine").Speaker!.Text);
    }

    [Theory]
    [InlineData("A senior official, speaking on condition of anonymity, said the delegation would leave on Friday.", "A senior official")]
    [InlineData("One European diplomat, speaking off the record, said the sanctions were likely to be extended.", "One European diplomat")]
    [InlineData("Two officials said the convoy had been stopped at the border.", "Two officials")]
    public void AnonymousSourcesAreMarkedWithTheirDescription(string text, string description)
    {
        var quote = Assert.Single(QuoteRun.Quotes(text));
        Assert.True(quote.Speaker!.Anonymous);
        Assert.Equal(description, quote.Speaker.Description);
        Assert.Null(quote.Speaker.Name);
    }

    [Fact]
    public void NamedSpeakerIsNotAnonymous()
    {
        var quote = Assert.Single(QuoteRun.Quotes("Jan Kowal said the delegation would leave on Friday."));
        Assert.False(quote.Speaker!.Anonymous);
        Assert.Null(quote.Speaker.Description);
    }

    [Fact]
    public void AccordingToAReporterIsKeptAsVia()
    {
        const string text = "According to Reuters, the negotiator Anna Brandt said the deal was close.";
        var quote = Assert.Single(QuoteRun.Quotes(text));
        Assert.Equal("Reuters", quote.Via);
        Assert.Equal("Anna Brandt", quote.Speaker!.Name);
        Assert.DoesNotContain("Reuters", quote.Speaker.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AsReportedByIsKeptAsVia()
    {
        const string text = "Foreign Minister Piotr Nowak, as reported by RIA Novosti, said the exercises would continue.";
        var quote = Assert.Single(QuoteRun.Quotes(text));
        Assert.Equal("RIA Novosti", quote.Via);
        Assert.Equal("Piotr Nowak", quote.Speaker!.Name);
    }

    [Fact]
    public void PronounSpeakerResolvesToThePrecedingPerson()
    {
        const string text = "Anna Brandt arrived late. She said the talks had gone well.";
        var quote = Assert.Single(QuoteRun.Quotes(text));
        Assert.Equal("She", quote.Speaker!.Text);
        Assert.Equal("Anna Brandt", quote.Speaker.Name);
    }

    [Fact]
    public void PronounWithNoPersonBeforeItStaysUnresolved()
    {
        // Kept as a statement, but a bare "He" names no one: the quote is unattributed (StatementFilter).
        var quote = Assert.Single(QuoteRun.Quotes("He said the talks had gone well."));
        Assert.Null(quote.Speaker);
        Assert.Equal("said", quote.Cue);
    }

    [Fact]
    public void HeadlineQuoteWithAColon()
    {
        const string text = "Brandt: \"We will not sign this agreement\"\n\nThe talks ended without a deal on Tuesday.";
        var quote = QuoteRun.Single(text, "will not sign");
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("Brandt", quote.Speaker!.Text);
    }

    [Fact]
    public void QuestionAndAnswerTextAttributesAnswersToTheInterviewee()
    {
        const string text = "Interview with the Veldorian envoy Piotr Nowak.\n\n"
            + "Q: Will your government sign the accord?\n\n"
            + "A: Not in its current form. We need guarantees on the water supply.";
        var quotes = QuoteRun.Quotes(text);
        var answer = Assert.Single(quotes, q => q.Text.Contains("water supply", StringComparison.Ordinal));
        Assert.Equal(QuoteKind.Direct, answer.Kind);
        Assert.Equal("Piotr Nowak", answer.Speaker!.Name);
        Assert.DoesNotContain(quotes, q => q.Text.Contains("sign the accord", StringComparison.Ordinal));
    }

    [Fact]
    public void QuoteOffsetsPointIntoTheText()
    {
        const string text = "The envoy Jan Kowal arrived in Geneva.\n\n\"Our position has not changed,\" Kowal said.";
        var quote = Assert.Single(QuoteRun.Quotes(text));
        Assert.Equal(quote.Text, text[quote.Start..quote.End]);
        Assert.Equal(quote.Cue, text[quote.CueStart..quote.CueEnd]);
        Assert.Equal(quote.Speaker!.Text, text[quote.Speaker.Start..quote.Speaker.End]);
    }

    [Fact]
    public void PronounSkipsAPersonOfTheOtherTitle()
    {
        const string text = "Mr Lund chaired the session and Ms Varga presented the report.\n\n"
            + "Later the committee adjourned. She said the findings were not final.";
        var quote = QuoteRun.Single(text, "findings were not final");
        Assert.Equal("She", quote.Speaker!.Text);
        Assert.Equal("Varga", quote.Speaker.Name);
    }

    [Fact]
    public void StraightQuoteLeftOpenByALostParagraphBreakDoesNotFlipTheState()
    {
        const string text = "Jan Kowal said: \"We have kept every promise. \"We will keep the next one too.\" He then left the hall for the airport.";
        var quote = QuoteRun.Single(text, "kept every promise");
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.DoesNotContain("airport", quote.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TitledSurnameExpandsPastEarlierTitledMentions()
    {
        const string text = "The plan was set out by Health Minister Ilse Brandt on Monday.\n\n"
            + "Mr Lund objected, and Ms Brandt replied at length.\n\n"
            + "Ms Brandt said the clinics would open in May.";
        var quote = QuoteRun.Single(text, "clinics would open");
        Assert.Equal("Ilse Brandt", quote.Speaker!.Name);
    }

    [Fact]
    public void PronounSkipsAPersonNamedInsideAnEarlierStatement()
    {
        const string text = "Opposition leader Tomas Hale said Prince Oskar had lost the trust of the public.\n\n"
            + "\"The palace must answer for this before the summer,\" he added.";
        var quote = QuoteRun.Single(text, "palace must answer");
        Assert.Equal("Tomas Hale", quote.Speaker!.Name);
    }

    [Fact]
    public void UnnamedSpokespersonIsNotAnonymous()
    {
        var quote = Assert.Single(QuoteRun.Quotes("A ministry spokeswoman said the report was being studied."));
        Assert.False(quote.Speaker!.Anonymous);
    }

    [Fact]
    public void RelativePronounSpeakerNamesThePersonBeforeIt()
    {
        const string text = "The motion was backed by Senator Maria Okafor, who said the vote was a turning point.";
        var quote = QuoteRun.Single(text, "turning point");
        Assert.Equal("who", quote.Speaker!.Text);
        Assert.Equal("Maria Okafor", quote.Speaker.Name);
    }
}
