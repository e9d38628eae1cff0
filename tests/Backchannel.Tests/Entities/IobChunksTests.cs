using Backchannel.Entities;

namespace Backchannel.Tests.Entities;

public sealed class IobChunksTests
{
    [Fact]
    public void Iob1_inside_tags_start_an_entity_after_outside()
    {
        var spans = IobChunks.Read(["O", "I-PER", "I-PER", "O", "I-LOC"]);

        Assert.Equal([new EntitySpan(1, 3, "PER"), new EntitySpan(4, 5, "LOC")], spans);
    }

    [Fact]
    public void Iob1_begin_tag_separates_two_adjacent_entities_of_one_type()
    {
        var spans = IobChunks.Read(["I-LOC", "I-LOC", "B-LOC", "O"]);

        Assert.Equal([new EntitySpan(0, 2, "LOC"), new EntitySpan(2, 3, "LOC")], spans);
    }

    [Fact]
    public void A_change_of_type_starts_a_new_entity_without_a_begin_tag()
    {
        var spans = IobChunks.Read(["I-ORG", "I-PER", "I-PER"]);

        Assert.Equal([new EntitySpan(0, 1, "ORG"), new EntitySpan(1, 3, "PER")], spans);
    }

    [Fact]
    public void Iob2_sequences_read_the_same_entities()
    {
        var spans = IobChunks.Read(["B-MISC", "I-MISC", "B-MISC", "O", "B-ORG"]);

        Assert.Equal([new EntitySpan(0, 2, "MISC"), new EntitySpan(2, 3, "MISC"), new EntitySpan(4, 5, "ORG")], spans);
    }

    [Fact]
    public void Writing_iob1_uses_a_begin_tag_only_between_adjacent_same_type_entities()
    {
        var tags = IobChunks.ToIob1([new EntitySpan(0, 2, "LOC"), new EntitySpan(2, 3, "LOC"), new EntitySpan(4, 5, "PER")], 5);

        Assert.Equal(["I-LOC", "I-LOC", "B-LOC", "O", "I-PER"], tags);
        Assert.Equal([new EntitySpan(0, 2, "LOC"), new EntitySpan(2, 3, "LOC"), new EntitySpan(4, 5, "PER")], IobChunks.Read(tags));
    }
}
