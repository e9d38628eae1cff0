namespace Backchannel.Tests.Tagging;

public sealed class ChunkerTests
{
    [Fact]
    public void A_sentence_splits_into_noun_verb_and_prepositional_phrases()
    {
        var chunks = Analyzed.Chunks("The new agreement was signed in Geneva.");

        Assert.Equal(["[NP The new agreement]", "[VP was signed]", "[PP in]", "[NP Geneva]"], chunks);
    }

    [Fact]
    public void Chunks_point_at_the_tokens_they_cover()
    {
        var document = Analyzed.Run("Envoys met. The two delegations will meet again next week.");
        var tokens = document.Get(Backchannel.Text.TextLayers.Tokens);

        foreach (var chunk in document.Get(Backchannel.Tagging.TaggingLayers.Chunks))
        {
            Assert.Equal(tokens[chunk.FirstToken].Start, chunk.Start);
            Assert.Equal(tokens[chunk.FirstToken + chunk.TokenCount - 1].End, chunk.End);
        }

        Assert.Contains(document.Get(Backchannel.Tagging.TaggingLayers.Chunks), c => c.Label == "VP" && document.Slice(c).ToString() == "will meet");
    }
}
