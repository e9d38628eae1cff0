using Backchannel.Text;

namespace Backchannel.Tests.Text;

public sealed class SentenceSplitterTests
{
    [Fact]
    public void Periods_question_and_exclamation_marks_end_sentences()
        => Assert.Equal(["Talks began.", "Did they end?", "Nobody knows!", "Wait."], TextAssert.Sentences("Talks began. Did they end? Nobody knows! Wait."));

    [Fact]
    public void Titles_abbreviations_and_initials_do_not_end_sentences()
        => Assert.Equal(
            ["Dr. Lee met Gen. Ortiz, Donald J. Trump and officials of Acme Inc. in St. Louis on Jan. 5.", "Then they left."],
            TextAssert.Sentences("Dr. Lee met Gen. Ortiz, Donald J. Trump and officials of Acme Inc. in St. Louis on Jan. 5. Then they left."));

    [Fact]
    public void Abbreviation_at_a_real_sentence_end_splits_before_a_typical_opener()
        => Assert.Equal(
            ["The envoy arrived in the U.S.", "The talks start on Monday."],
            TextAssert.Sentences("The envoy arrived in the U.S. The talks start on Monday."));

    [Fact]
    public void Abbreviation_before_a_capitalised_name_does_not_split()
        => Assert.Equal(["The U.S. President spoke, as did J.R.R. Tolkien fans."], TextAssert.Sentences("The U.S. President spoke, as did J.R.R. Tolkien fans."));

    [Fact]
    public void Company_suffix_at_sentence_end_splits_before_a_pronoun()
        => Assert.Equal(["She joined Borel Corp.", "It makes valves."], TextAssert.Sentences("She joined Borel Corp. It makes valves."));

    [Fact]
    public void Headline_without_final_period_is_its_own_sentence()
        => Assert.Equal(["Envoys meet in Geneva", "Talks resumed on Monday."], TextAssert.Sentences("Envoys meet in Geneva\nTalks resumed on Monday."));

    [Fact]
    public void Blank_line_always_ends_a_sentence()
        => Assert.Equal(["Talks resumed on Monday with", "the ministers"], TextAssert.Sentences("Talks resumed on Monday with\n\nthe ministers"));

    [Fact]
    public void Wrapped_line_continuing_in_lower_case_stays_one_sentence()
        => Assert.Equal(["The ministers said that the\ntalks would resume soon."], TextAssert.Sentences("The ministers said that the\ntalks would resume soon."));

    [Fact]
    public void Question_and_answer_lines_start_new_sentences()
        => Assert.Equal(
            ["Q: Why did the talks stall, and", "A: The sides disagreed on borders."],
            TextAssert.Sentences("Q: Why did the talks stall, and\nA: The sides disagreed on borders."));

    [Fact]
    public void List_items_start_new_sentences()
        => Assert.Equal(
            ["The plan has three parts,", "- a ceasefire,", "* prisoner swaps,", "\u2022 monitors,", "1. Elections within a year.", "2. Aid."],
            TextAssert.Sentences("The plan has three parts,\n- a ceasefire,\n* prisoner swaps,\n\u2022 monitors,\n1. Elections within a year.\n2. Aid."));

    [Fact]
    public void Sentence_ending_inside_a_quote_closes_after_the_quote()
        => Assert.Equal(["He said \"it is over.\"", "Then he left."], TextAssert.Sentences("He said \"it is over.\" Then he left."));

    [Fact]
    public void Curly_closing_quote_stays_with_its_sentence()
        => Assert.Equal(["\u201CWe are done.\u201D", "The room emptied."], TextAssert.Sentences("\u201CWe are done.\u201D The room emptied."));

    [Fact]
    public void Question_inside_a_quote_followed_by_lower_case_does_not_split()
        => Assert.Equal(["\"Is it over?\" she asked.", "Nobody answered."], TextAssert.Sentences("\"Is it over?\" she asked. Nobody answered."));

    [Fact]
    public void Ellipsis_splits_before_capital_but_not_before_lower_case()
    {
        Assert.Equal(["We waited... and waited.", "Nothing\u2026", "Then news came."], TextAssert.Sentences("We waited... and waited. Nothing\u2026 Then news came."));
    }

    [Fact]
    public void Repeated_marks_end_one_sentence()
        => Assert.Equal(["Really?!", "Yes."], TextAssert.Sentences("Really?! Yes."));

    [Fact]
    public void Parenthesised_sentence_keeps_its_closing_bracket()
        => Assert.Equal(["The deal collapsed.", "(Neither side commented.)", "Talks may resume."], TextAssert.Sentences("The deal collapsed. (Neither side commented.) Talks may resume."));

    [Fact]
    public void Period_inside_parentheses_before_lower_case_does_not_split()
        => Assert.Equal(["He left (see the note.) and did not return."], TextAssert.Sentences("He left (see the note.) and did not return."));

    [Fact]
    public void Sentence_spans_cover_their_tokens_exactly()
    {
        const string text = "  One two.  Three four!  ";
        var tokens = Tokenizer.Tokenize(text);
        var sentences = SentenceSplitter.Split(text, tokens);
        Assert.Equal([new Sentence(2, 10, 0, 3), new Sentence(12, 23, 3, 3)], sentences);
    }

    [Fact]
    public void No_tokens_give_no_sentences()
        => Assert.Empty(SentenceSplitter.Split("", []));
}
