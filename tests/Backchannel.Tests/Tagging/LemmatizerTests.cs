using Backchannel.Tagging;

namespace Backchannel.Tests.Tagging;

public sealed class LemmatizerTests
{
    private static readonly Lemmatizer Lemmatizer = Lemmatizer.Shipped;

    [Theory]
    [InlineData("met", "VBD", "meet")]
    [InlineData("talks", "NNS", "talk")]
    [InlineData("talks", "VBZ", "talk")]
    [InlineData("better", "JJR", "good")]
    [InlineData("better", "RBR", "well")]
    [InlineData("was", "VBD", "be")]
    [InlineData("are", "VBP", "be")]
    [InlineData("n't", "RB", "not")]
    [InlineData("n\u2019t", "RB", "not")]
    [InlineData("'re", "VBP", "be")]
    [InlineData("'s", "VBZ", "be")]
    [InlineData("'s", "POS", "'s")]
    [InlineData("ca", "MD", "can")]
    [InlineData("children", "NNS", "child")]
    [InlineData("ministers", "NNS", "minister")]
    [InlineData("Ministers", "NNS", "minister")]
    [InlineData("agreed", "VBD", "agree")]
    [InlineData("making", "VBG", "make")]
    [InlineData("meeting", "VBG", "meet")]
    [InlineData("meeting", "NN", "meeting")]
    [InlineData("larger", "JJR", "large")]
    [InlineData("Geneva", "NNP", "geneva")]
    [InlineData("the", "DT", "the")]
    public void A_word_with_its_tag_gets_its_dictionary_form(string word, string tag, string lemma)
    {
        Assert.Equal(lemma, Lemmatizer.Lemmatize(word, tag));
    }

    [Theory]
    [InlineData("drones", "drone")]
    [InlineData("batteries", "battery")]
    [InlineData("sanctions", "sanction")]
    [InlineData("zorbwidgets", "zorbwidget")]
    public void A_plural_noun_loses_its_plural_ending_even_when_wordnet_lacks_it(string word, string lemma)
    {
        Assert.Equal(lemma, Lemmatizer.Lemmatize(word, "NNS"));
    }

    [Fact]
    public void A_lexicon_lemma_is_the_same_string_instance_every_time()
    {
        var first = Lemmatizer.Lemmatize("talks", "NNS");
        var second = Lemmatizer.Lemmatize("talked", "VBD");

        Assert.Same(first, second);
    }

    [Fact]
    public void Lemmas_in_a_document_line_up_with_tokens_and_are_lowercase()
    {
        var lemmas = Analyzed.Lemmas("The children were told that ministers met and talks didn't fail.");

        Assert.Equal(["the", "child", "be", "tell", "that", "minister", "meet", "and", "talk", "do", "not", "fail", "."], lemmas);
    }
}
