using Backchannel.Learning;

namespace Backchannel.Tests.Learning;

public sealed class FixedLabelDecodeTests
{
    private const int Bits = 10;
    private static readonly string[] LabelSet = ["DET", "NOUN", "PART", "VERB"];

    // After "the" a word is a NOUN, after "to" a VERB: only context decides, so forcing one label moves its neighbour.
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
            Example(["the", "run"], ["DET", "NOUN"]),
            Example(["to", "run"], ["PART", "VERB"]),
            Example(["to", "walk", "the", "talk"], ["PART", "VERB", "DET", "NOUN"]),
            Example(["the", "talk", "to", "talk"], ["DET", "NOUN", "PART", "VERB"]),
        ]);
    }

    [Fact]
    public void Without_fixed_labels_decoding_matches_plain_viterbi()
    {
        var model = Model();
        var sequence = Features(["to", "run", "the", "walk"]);
        var plain = new int[4];
        var unconstrained = new int[4];

        model.Decode(sequence, plain);
        model.Decode(sequence, [-1, -1, -1, -1], unconstrained);

        Assert.Equal(plain, unconstrained);
        Assert.Equal(["PART", "VERB", "DET", "NOUN"], plain.Select(i => LabelSet[i]));
    }

    [Fact]
    public void A_fixed_label_is_kept_and_its_neighbours_are_decoded_around_it()
    {
        var model = Model();
        var sequence = Features(["to", "run", "the", "walk"]);
        var output = new int[4];

        model.Decode(sequence, [-1, Array.IndexOf(LabelSet, "NOUN"), Array.IndexOf(LabelSet, "DET"), -1], output);

        Assert.Equal("NOUN", LabelSet[output[1]]);
        Assert.Equal("DET", LabelSet[output[2]]);
        Assert.Equal("NOUN", LabelSet[output[3]]);
    }
}
