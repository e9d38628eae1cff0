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

    [Fact]
    public void A_link_over_text_the_gold_does_not_mark_is_an_extra_false_link()
    {
        var scorer = new LinkScorer();
        scorer.Add(Gold(new LinkGoldMention(0, 5, "Alpha", "bc:a", "name")), [Link(0, 5, "bc:a"), Link(40, 44, "bc:z")]);

        Assert.Equal((1, 2, 1), (scorer.TruePositives, scorer.SystemLinks, scorer.ExtraLinks));
        Assert.Equal(0.5, scorer.Precision);
        Assert.Equal(1.0, scorer.Recall);
        Assert.Equal("bc:z", Assert.Single(scorer.FalseLinks).System!.Value.EntityId);
    }

    [Fact]
    public void Linking_a_mention_the_gold_calls_nil_costs_precision_and_a_wrong_actor_costs_both()
    {
        var scorer = new LinkScorer();
        scorer.Add(
            Gold(new LinkGoldMention(0, 4, "Fox", "NIL", "name"), new LinkGoldMention(10, 15, "Howar", "bc:michael", "coreference")),
            [Link(0, 4, "ofac:1"), Link(10, 15, "bc:john")]);

        Assert.Equal((0, 2, 1, 0), (scorer.TruePositives, scorer.SystemLinks, scorer.GoldLinks, scorer.ExtraLinks));
        Assert.Equal(0, scorer.F1);
        Assert.Equal(2, scorer.FalseLinks.Count);
    }

    [Fact]
    public void Nil_links_are_not_links_to_the_record()
    {
        var scorer = new LinkScorer();
        scorer.Add(Gold(new LinkGoldMention(0, 5, "Alpha", "NIL", "name")), [Link(0, 5, "nil:1"), Link(20, 25, "nil:2")]);

        Assert.Equal((0, 0), (scorer.SystemLinks, scorer.FalseLinks.Count));
        Assert.Equal(1, scorer.Correct);
    }

    [Fact]
    public void A_gold_id_may_be_any_id_the_actor_goes_by_and_sensitive_links_are_counted_apart()
    {
        var scorer = new LinkScorer(id => id == "Q1" ? ["phoenix:ALPHA"] : [], id => id is "Q1" or "ofac:9");
        scorer.Add(
            Gold(new LinkGoldMention(0, 5, "Alpha", "phoenix:ALPHA", "name"), new LinkGoldMention(10, 14, "Opal", "NIL", "name")),
            [Link(0, 5, "Q1"), Link(10, 14, "ofac:9")]);

        Assert.Equal(1, scorer.TruePositives);
        Assert.Equal((2, 1), scorer.Sensitive);
        Assert.Equal(0.5, scorer.SensitivePrecision);
        Assert.Equal((1, 1), scorer.ByActor["phoenix:ALPHA"]);
    }

    [Fact]
    public void A_link_inside_a_gold_mention_another_link_matched_is_not_judged()
    {
        var scorer = new LinkScorer();
        scorer.Add(
            Gold(new LinkGoldMention(0, 26, "Ukraine's foreign minister", "bc:fm", "title")),
            [Link(0, 7, "country:ua"), Link(0, 26, "bc:fm")]);

        Assert.Equal((1, 1, 0), (scorer.TruePositives, scorer.SystemLinks, scorer.FalseLinks.Count));
    }
}
