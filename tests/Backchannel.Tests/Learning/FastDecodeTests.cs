using Backchannel.Learning;

namespace Backchannel.Tests.Learning;

/// <summary><see cref="SequenceModel.DecodeFast"/>: beam search over 8-bit weights, against exact Viterbi.</summary>
public sealed class FastDecodeTests
{
    private const int Bits = 10;
    private static readonly string[] LabelSet = ["DET", "NOUN", "PART", "VERB", "ADJ", "ADV"];

    private static FeatureSequence Features(string[] words)
    {
        var features = new FeatureSequence();
        for (var i = 0; i < words.Length; i++)
        {
            features.Add(FeatureHash.Bucket("w=" + words[i], Bits));
            features.Add(FeatureHash.Bucket("prev=" + (i == 0 ? "<s>" : words[i - 1]), Bits));
            features.EndPosition();
        }

        return features.Freeze();
    }

    private static SequenceModel Model()
    {
        TrainingSequence Example(string[] words, string[] labels) =>
            new(Features(words), [.. labels.Select(l => Array.IndexOf(LabelSet, l))]);
        return new SequencePerceptronTrainer(LabelSet, Bits) { Epochs = 10 }.Train(
        [
            Example(["the", "quiet", "run"], ["DET", "ADJ", "NOUN"]),
            Example(["to", "run", "fast"], ["PART", "VERB", "ADV"]),
            Example(["to", "walk", "the", "long", "talk"], ["PART", "VERB", "DET", "ADJ", "NOUN"]),
            Example(["the", "talk", "to", "talk", "slowly"], ["DET", "NOUN", "PART", "VERB", "ADV"]),
        ]);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(6)]
    public void Beam_search_finds_the_exact_path_on_a_clear_sentence(int beam)
    {
        var model = Model();
        var sequence = Features(["to", "walk", "the", "quiet", "talk", "slowly"]);
        var exact = new int[6];
        var fast = new int[6];

        model.Decode(sequence, exact);
        model.DecodeFast(sequence, [-1, -1, -1, -1, -1, -1], fast, beam);

        Assert.Equal(exact, fast);
        Assert.Equal(["PART", "VERB", "DET", "ADJ", "NOUN", "ADV"], fast.Select(i => LabelSet[i]));
    }

    [Fact]
    public void A_fixed_label_is_kept_by_the_beam_and_its_neighbours_follow_it()
    {
        var model = Model();
        var sequence = Features(["to", "run", "the", "walk"]);
        var output = new int[4];

        model.DecodeFast(sequence, [-1, Array.IndexOf(LabelSet, "NOUN"), Array.IndexOf(LabelSet, "DET"), -1], output, beam: 2);

        Assert.Equal("NOUN", LabelSet[output[1]]);
        Assert.Equal("DET", LabelSet[output[2]]);
        Assert.Equal("NOUN", LabelSet[output[3]]);
    }

    [Fact]
    public void A_beam_below_one_is_refused()
    {
        var model = Model();
        var output = new int[1];

        Assert.Throws<ArgumentOutOfRangeException>(() => model.DecodeFast(Features(["the"]), [-1], output, beam: 0));
    }
}
