using Backchannel.Linking;
using Backchannel.Linking.Evaluation;

namespace Backchannel.Tests.Linking;

public sealed class LinkScorerTests
{
    private static LinkGoldDocument Gold(params LinkGoldMention[] mentions) => new("g1", new string('x', 100), new DateOnly(2026, 1, 21), [.. mentions]);

    private static EntityLink Link(int start, int end, string id) => new(start, end, id, LinkKind.Name, 0.9f, "test");

    [Fact]
    public void A_gold_mention_without_an_overlapping_link_is_a_miss()
    {
        var scorer = new LinkScorer();
        scorer.Add(Gold(new LinkGoldMention(0, 5, "Alpha", "bc:a", "name")), [Link(10, 15, "bc:a")]);

        Assert.Equal(0, scorer.Correct);
        Assert.Null(Assert.Single(scorer.Misses).System);
    }

    [Fact]
    public void The_link_over_the_same_span_is_preferred_to_a_longer_one()
    {
        var scorer = new LinkScorer();
        scorer.Add(Gold(new LinkGoldMention(0, 6, "Russia", "country:ru", "name")), [Link(0, 30, "bc:fund"), Link(0, 6, "country:ru")]);

        Assert.Equal(1, scorer.Correct);
    }

    [Fact]
    public void Tagged_nil_gold_requires_one_nil_id_per_tag()
    {
        var scorer = new LinkScorer();
        scorer.Add(
            Gold(new LinkGoldMention(0, 5, "A", "NIL:a", "name"), new LinkGoldMention(10, 15, "B", "NIL:b", "name"), new LinkGoldMention(20, 25, "A", "NIL:a", "coreference")),
            [Link(0, 5, "nil:1"), Link(10, 15, "nil:1"), Link(20, 25, "nil:1")]);

        Assert.Equal(2, scorer.Correct);
        Assert.Equal("B", Assert.Single(scorer.Misses).Gold.Text);
        Assert.Equal((2, 1), scorer.ByKind["name"]);
    }
}
