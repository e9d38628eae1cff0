using Backchannel.Text;

namespace Backchannel.Tests.Text;

public sealed class TokenizerTests
{
    [Fact]
    public void Plain_sentence_splits_on_spaces_and_final_period()
        => Assert.Equal(["The", "envoy", "left", "early", "."], TextAssert.Tokens("The envoy left early."));

    [Fact]
    public void Abbreviations_keep_their_period()
        => Assert.Equal(
            ["Dr.", "Lee", "met", "Gen.", "Ortiz", "and", "Mrs.", "Hale", "of", "Acme", "Inc.", "and", "Borel", "Corp.", "on", "Jan.", "5", "near", "St.", "Louis", "."],
            TextAssert.Tokens("Dr. Lee met Gen. Ortiz and Mrs. Hale of Acme Inc. and Borel Corp. on Jan. 5 near St. Louis."));

    [Fact]
    public void Mr_and_state_and_etc_abbreviations_keep_their_period()
        => Assert.Equal(
            ["Mr.", "Vance", "flew", "from", "Sacramento", ",", "Calif.", ",", "with", "maps", ",", "flags", ",", "etc.", "today"],
            TextAssert.Tokens("Mr. Vance flew from Sacramento, Calif., with maps, flags, etc. today"));

    [Fact]
    public void Dotted_initialisms_are_one_token()
        => Assert.Equal(
            ["The", "U.S.", "and", "the", "U.K.", "agreed", ",", "e.g.", "on", "trade", ",", "i.e.", "tariffs", "at", "5", "p.m."],
            TextAssert.Tokens("The U.S. and the U.K. agreed, e.g. on trade, i.e. tariffs at 5 p.m."));

    [Fact]
    public void Initials_in_names_keep_their_period()
        => Assert.Equal(["Donald", "J.", "Trump", "read", "J.R.R.", "Tolkien"], TextAssert.Tokens("Donald J. Trump read J.R.R. Tolkien"));

    [Fact]
    public void No_is_an_abbreviation_only_before_a_number()
    {
        Assert.Equal(["He", "lives", "at", "No.", "10", "."], TextAssert.Tokens("He lives at No. 10."));
        Assert.Equal(["The", "answer", "was", "no", "."], TextAssert.Tokens("The answer was no."));
    }

    [Fact]
    public void Grouped_numbers_percentages_and_decimals_are_single_numbers()
    {
        Assert.Equal(["About", "500,000", "people", ",", "or", "19%", ",", "paid", "3.5", "each", "."], TextAssert.Tokens("About 500,000 people, or 19%, paid 3.5 each."));
        Assert.Equal(TokenKind.Number, TextAssert.KindOf("About 500,000 people", "500,000"));
        Assert.Equal(TokenKind.Number, TextAssert.KindOf("or 19% of", "19%"));
    }

    [Fact]
    public void Comma_between_numbers_that_is_not_grouping_is_punctuation()
        => Assert.Equal(["scores", "1", ",", "2", "and", "1", ",", "2345"], TextAssert.Tokens("scores 1,2 and 1,2345"));

    [Fact]
    public void Negative_numbers_keep_their_sign_but_ranges_do_not()
    {
        Assert.Equal(["fell", "-2.5", "points", "in", "2004", "-", "05"], TextAssert.Tokens("fell -2.5 points in 2004-05"));
        Assert.Equal(TokenKind.Number, TextAssert.KindOf("fell -2.5 points", "-2.5"));
    }

    [Fact]
    public void Number_then_hyphen_then_word_splits_into_three_tokens()
        => Assert.Equal(["a", "1,000", "-", "kilometer", "border", "and", "a", "19", "-", "year-old"], TextAssert.Tokens("a 1,000-kilometer border and a 19-year-old"));

    [Fact]
    public void Currency_sign_splits_from_an_amount_with_a_suffix()
    {
        Assert.Equal(["a", "$", "1.2bn", "deal"], TextAssert.Tokens("a $1.2bn deal"));
        Assert.Equal(TokenKind.Symbol, TextAssert.KindOf("a $1.2bn deal", "$"));
        Assert.Equal(TokenKind.Alphanumeric, TextAssert.KindOf("a $1.2bn deal", "1.2bn"));
    }

    [Fact]
    public void Decades_and_ordinals_are_alphanumeric()
    {
        Assert.Equal(["in", "the", "1990s", "and", "the", "2nd", "round"], TextAssert.Tokens("in the 1990s and the 2nd round"));
        Assert.Equal(TokenKind.Alphanumeric, TextAssert.KindOf("in the 1990s", "1990s"));
    }

    [Fact]
    public void Urls_with_scheme_or_www_are_one_token_without_trailing_punctuation()
    {
        var text = "See https://example.org/a/b?x=1, or www.example.com. Also (http://example.net/page).";
        Assert.Equal(["See", "https://example.org/a/b?x=1", ",", "or", "www.example.com", ".", "Also", "(", "http://example.net/page", ")", "."], TextAssert.Tokens(text));
        Assert.Equal(TokenKind.Url, TextAssert.KindOf(text, "www.example.com"));
    }

    [Fact]
    public void Bare_domains_with_a_known_suffix_are_urls()
        => Assert.Equal(TokenKind.Url, TextAssert.KindOf("Read it on news.example.co.uk today.", "news.example.co.uk"));

    [Fact]
    public void Email_addresses_are_one_token()
    {
        var text = "Write to press.office@example.gov.uk or j_doe+news@mail.example.com.";
        Assert.Equal(["Write", "to", "press.office@example.gov.uk", "or", "j_doe+news@mail.example.com", "."], TextAssert.Tokens(text));
        Assert.Equal(TokenKind.Email, TextAssert.KindOf(text, "press.office@example.gov.uk"));
    }

    [Fact]
    public void Straight_and_curly_quotes_are_separate_tokens()
    {
        Assert.Equal(["He", "said", "\"", "no", "\"", "and", "\u201C", "never", "\u201D", "."], TextAssert.Tokens("He said \"no\" and \u201Cnever\u201D."));
        Assert.Equal(["\u2018", "Fine", "\u2019", ",", "she", "said", "."], TextAssert.Tokens("\u2018Fine\u2019, she said."));
        Assert.Equal(TokenKind.Quote, TextAssert.KindOf("\u201Cnever\u201D", "\u201C"));
    }

    [Fact]
    public void Possessives_split_off_with_straight_and_curly_apostrophes()
    {
        Assert.Equal(["The", "mayor", "'s", "plan", "and", "the", "council", "\u2019s", "vote"], TextAssert.Tokens("The mayor's plan and the council\u2019s vote"));
        Assert.Equal(["the", "workers", "'", "union"], TextAssert.Tokens("the workers' union"));
    }

    [Fact]
    public void Contractions_split_penn_treebank_style()
    {
        Assert.Equal(["We", "do", "n't", "know", ",", "they", "ca", "n\u2019t", "say", "and", "I", "'m", "sure", "we", "'ll", "see"],
            TextAssert.Tokens("We don't know, they can\u2019t say and I'm sure we'll see"));
    }

    [Fact]
    public void Inner_apostrophes_of_names_stay_in_the_word()
        => Assert.Equal(["O'Brien", "visited", "C\u00F4te", "d'Ivoire"], TextAssert.Tokens("O'Brien visited C\u00F4te d'Ivoire"));

    [Fact]
    public void Em_and_en_dashes_are_punctuation_tokens()
    {
        Assert.Equal(["talks", "\u2014", "if", "any", "\u2013", "ended", "--", "abruptly"], TextAssert.Tokens("talks \u2014 if any\u2013ended -- abruptly"));
        Assert.Equal(TokenKind.Punctuation, TextAssert.KindOf("talks \u2014 if", "\u2014"));
    }

    [Fact]
    public void Ellipses_are_one_token_each()
        => Assert.Equal(["Well", "...", "maybe", "\u2026", "later", "."], TextAssert.Tokens("Well... maybe\u2026 later."));

    [Fact]
    public void Brackets_and_parentheses_are_bracket_tokens()
    {
        Assert.Equal(["the", "bloc", "(", "EU", ")", "and", "[", "sic", "]"], TextAssert.Tokens("the bloc (EU) and [sic]"));
        Assert.Equal(TokenKind.Bracket, TextAssert.KindOf("the bloc (EU)", "("));
    }

    [Fact]
    public void Hyphenated_words_stay_whole()
    {
        Assert.Equal(["a", "well-known", "Russia-Ukraine", "deal", "on", "COVID-19"], TextAssert.Tokens("a well-known Russia-Ukraine deal on COVID-19"));
        Assert.Equal(TokenKind.Alphanumeric, TextAssert.KindOf("on COVID-19", "COVID-19"));
    }

    [Fact]
    public void Question_and_exclamation_runs_are_one_token()
        => Assert.Equal(["Really", "?!", "Yes", "!"], TextAssert.Tokens("Really?! Yes!"));

    [Fact]
    public void Company_names_with_an_ampersand_stay_whole()
        => Assert.Equal(["AT&T", "and", "M&S", "&", "co"], TextAssert.Tokens("AT&T and M&S & co"));

    [Fact]
    public void Empty_and_whitespace_text_has_no_tokens()
    {
        Assert.Empty(Tokenizer.Tokenize(""));
        Assert.Empty(Tokenizer.Tokenize(" \n\t\r\n "));
    }

    [Fact]
    public void Appending_keeps_existing_tokens_and_reports_the_count()
    {
        var tokens = new List<Token> { new(0, 1, TokenKind.Word) };
        var added = Tokenizer.Tokenize("two words", tokens);
        Assert.Equal(2, added);
        Assert.Equal(3, tokens.Count);
        Assert.Equal(new Token(4, 9, TokenKind.Word), tokens[2]);
    }

    [Fact]
    public void Emoji_is_a_symbol_and_letters_outside_the_basic_plane_stay_in_words()
    {
        var text = "ok \U0001F600 \U0001D400bc";
        Assert.Equal(["ok", "\U0001F600", "\U0001D400bc"], TextAssert.Tokens(text));
        Assert.Equal(TokenKind.Symbol, TextAssert.KindOf(text, "\U0001F600"));
    }
}
