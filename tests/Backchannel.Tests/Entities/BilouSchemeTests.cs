using Backchannel.Entities;

namespace Backchannel.Tests.Entities;

public sealed class BilouSchemeTests
{
    private static readonly string[] Types = ["PER", "LOC"];

    [Fact]
    public void Labels_are_outside_then_begin_inside_last_unit_per_type()
    {
        Assert.Equal(["O", "B-PER", "I-PER", "L-PER", "U-PER", "B-LOC", "I-LOC", "L-LOC", "U-LOC"], BilouScheme.Labels(Types).ToArray());
    }

    [Fact]
    public void Encoding_then_decoding_gives_back_the_spans()
    {
        EntitySpan[] spans = [new(0, 3, "PER"), new(3, 4, "LOC"), new(5, 7, "LOC")];
        var labels = new int[8];

        BilouScheme.Encode(spans, Types, labels);
        var decoded = new List<EntitySpan>();
        BilouScheme.Decode(labels, Types, decoded);

        Assert.Equal([1, 2, 3, 8, 0, 5, 7, 0], labels);
        Assert.Equal(spans, decoded);
    }

    [Fact]
    public void An_unfinished_entity_still_decodes_up_to_where_its_type_stops()
    {
        var decoded = new List<EntitySpan>();

        BilouScheme.Decode([1, 2, 0, 5, 0], Types, decoded);

        Assert.Equal([new EntitySpan(0, 2, "PER"), new EntitySpan(3, 4, "LOC")], decoded);
    }
}
