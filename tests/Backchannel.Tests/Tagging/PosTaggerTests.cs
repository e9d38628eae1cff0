namespace Backchannel.Tests.Tagging;

public sealed class PosTaggerTests
{
    [Fact]
    public void A_simple_news_sentence_gets_penn_treebank_tags()
    {
        var tags = Analyzed.Tags("The foreign minister said on Tuesday that the talks would resume in March.");

        Assert.Equal(
            ["The/DT", "foreign/JJ", "minister/NN", "said/VBD", "on/IN", "Tuesday/NNP", "that/IN", "the/DT", "talks/NNS", "would/MD", "resume/VB", "in/IN", "March/NNP", "./."],
            tags);
    }

    [Fact]
    public void Said_after_a_name_is_a_past_tense_verb()
    {
        Assert.Contains("said/VBD", Analyzed.Tags("Ambassador Lena Ortiz said the proposal was fair."));
    }

    [Fact]
    public void Apostrophe_s_is_possessive_after_a_noun_and_a_verb_after_a_pronoun()
    {
        Assert.Contains("'s/POS", Analyzed.Tags("The envoy's plan failed."));
        Assert.Contains("'s/VBZ", Analyzed.Tags("He's ready to sign the deal."));
    }

    [Fact]
    public void Curly_quotes_and_apostrophes_are_read_like_straight_ones()
    {
        var tags = Analyzed.Tags("\u201CWe are close,\u201D the envoy\u2019s aide said.");

        Assert.Equal("\u201C/\"", tags[0]);
        Assert.Contains("\u201D/\"", tags);
        Assert.Contains("\u2019s/POS", tags);
    }

    [Fact]
    public void Negation_splits_into_a_verb_and_an_adverb()
    {
        var tags = Analyzed.Tags("They didn't accept the offer.");

        Assert.Contains("did/VBD", tags);
        Assert.Contains("n't/RB", tags);
    }

    [Fact]
    public void Grouped_numbers_are_cardinal_numbers()
    {
        Assert.Contains("500,000/CD", Analyzed.Tags("About 500,000 people fled the region."));
    }

    [Fact]
    public void The_tag_layer_lines_up_with_the_tokens()
    {
        var document = Analyzed.Run("Talks resumed. Envoys met again in Oslo!\n\nNo statement was issued");
        var tokens = document.Get(Backchannel.Text.TextLayers.Tokens);
        var tags = document.Get(Backchannel.Tagging.TaggingLayers.Pos);

        Assert.Equal(tokens.Length, tags.Length);
        Assert.All(tokens.Zip(tags), pair => Assert.Equal((pair.First.Start, pair.First.End), (pair.Second.Start, pair.Second.End)));
        Assert.All(tags, tag => Assert.False(string.IsNullOrEmpty(tag.Tag)));
    }

    [Fact]
    public void Tags_are_shared_strings_from_the_model_not_copies()
    {
        var document = Analyzed.Run("The envoy met the minister and the minister met the envoy.");
        var tags = document.Get(Backchannel.Tagging.TaggingLayers.Pos);

        Assert.Same(tags[0].Tag, tags[3].Tag);
        Assert.Contains(Backchannel.Tagging.PosTagger.Shipped.Tags, t => ReferenceEquals(t, tags[0].Tag));
    }

    [Fact]
    public void An_empty_document_gets_an_empty_tag_layer()
    {
        var document = Analyzed.Run("");

        Assert.Empty(document.Get(Backchannel.Tagging.TaggingLayers.Pos));
        Assert.Empty(document.Get(Backchannel.Tagging.TaggingLayers.Chunks));
        Assert.Empty(document.Get(Backchannel.Tagging.TaggingLayers.Lemmas));
    }
}
