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
        var sequence = Features(["to", "walk", "the", "long", "talk"]);
        var exact = new int[5];
        var fast = new int[5];

        model.Decode(sequence, exact);
        model.DecodeFast(sequence, [-1, -1, -1, -1, -1], fast, beam);

        Assert.Equal(exact, fast);
        Assert.Equal(["PART", "VERB", "DET", "ADJ", "NOUN"], fast.Select(i => LabelSet[i]));
    }

    [Fact]
    public void Fixed_labels_are_kept_and_the_rest_is_decoded_as_exact_viterbi_would()
    {
        var model = Model();
        var sequence = Features(["to", "run", "the", "walk"]);
        int[] fixedLabels = [-1, Array.IndexOf(LabelSet, "NOUN"), Array.IndexOf(LabelSet, "DET"), -1];
        var exact = new int[4];
        var fast = new int[4];

        model.Decode(sequence, fixedLabels, exact);
        model.DecodeFast(sequence, fixedLabels, fast, beam: 2);

        Assert.Equal("NOUN", LabelSet[fast[1]]);
        Assert.Equal("DET", LabelSet[fast[2]]);
        Assert.Equal(exact, fast);
    }

    [Fact]
    public void A_beam_below_one_is_refused()
    {
        var model = Model();
        var output = new int[1];

        Assert.Throws<ArgumentOutOfRangeException>(() => model.DecodeFast(Features(["the"]), [-1], output, beam: 0));
    }
}
