using Backchannel.Errors;
using Backchannel.Learning;

namespace Backchannel.Tests.Learning;

public sealed class SequencePerceptronTests
{
    private const int Bits = 10;

    // A toy language: after "the", a word is a NOUN; after "to", a VERB; the word itself says nothing.
    // Only the previous word's feature (and transitions) can solve it, so the test shows context is learned.
    private static TrainingSequence Example(string[] words, string[] labels, string[] labelSet)
    {
        var features = new FeatureSequence();
        for (var i = 0; i < words.Length; i++)
        {
            features.Add(FeatureHash.Bucket("w=" + words[i], Bits));
            features.Add(FeatureHash.Bucket("prev=" + (i == 0 ? "<s>" : words[i - 1]), Bits));
            features.EndPosition();
        }

        return new TrainingSequence(features.Freeze(), labels.Select(l => Array.IndexOf(labelSet, l)).ToArray());
    }

    private static readonly string[] LabelSet = ["DET", "NOUN", "PART", "VERB"];

    private static List<TrainingSequence> Data() =>
    [
        Example(["the", "run"], ["DET", "NOUN"], LabelSet),
        Example(["to", "run"], ["PART", "VERB"], LabelSet),
        Example(["the", "walk"], ["DET", "NOUN"], LabelSet),
        Example(["to", "walk", "the", "talk"], ["PART", "VERB", "DET", "NOUN"], LabelSet),
        Example(["the", "talk", "to", "talk"], ["DET", "NOUN", "PART", "VERB"], LabelSet),
    ];

    private static string[] Decode(SequenceModel model, string[] words)
    {
        var sequence = Example(words, words.Select(_ => "DET").ToArray(), LabelSet).Features;
        var output = new int[words.Length];
        model.Decode(sequence, output);
        return output.Select(i => model.Labels[i]).ToArray();
    }

    [Fact]
    public void The_trained_model_labels_an_ambiguous_word_by_its_context()
    {
        var model = new SequencePerceptronTrainer(LabelSet, Bits) { Epochs = 10 }.Train(Data());

        Assert.Equal(["PART", "VERB", "DET", "NOUN"], Decode(model, ["to", "run", "the", "run"]));
        Assert.Equal(["DET", "NOUN", "PART", "VERB"], Decode(model, ["the", "walk", "to", "walk"]));
    }

    [Fact]
    public void An_average_of_seeds_holds_the_mean_weights_and_still_labels_by_context()
    {
        var a = new SequencePerceptronTrainer(LabelSet, Bits) { Epochs = 3, Seed = 1 }.Train(Data());
        var b = new SequencePerceptronTrainer(LabelSet, Bits) { Epochs = 3, Seed = 1001 }.Train(Data());
        var mean = SequenceModel.Average([a, b]);

        Assert.False(a.Emissions.SequenceEqual(b.Emissions));
        for (var i = 0; i < a.Emissions.Length; i++)
        {
            Assert.Equal((a.Emissions[i] + b.Emissions[i]) / 2f, mean.Emissions[i], 5);
        }

        for (var i = 0; i < a.Transitions.Length; i++)
        {
            Assert.Equal((a.Transitions[i] + b.Transitions[i]) / 2f, mean.Transitions[i], 5);
        }

        Assert.Equal(["PART", "VERB", "DET", "NOUN"], Decode(mean, ["to", "run", "the", "run"]));
        Assert.Same(a, SequenceModel.Average([a]));
    }

    [Fact]
    public void Models_with_other_labels_cannot_be_averaged()
    {
        var a = new SequencePerceptronTrainer(LabelSet, Bits) { Epochs = 1 }.Train(Data());
        var other = new SequenceModel([.. LabelSet.Reverse()], Bits, new float[(1 << Bits) * LabelSet.Length], new float[(LabelSet.Length + 1) * LabelSet.Length]);

        Assert.Throws<ArgumentException>(() => SequenceModel.Average([a, other]));
        Assert.Throws<ArgumentException>(() => SequenceModel.Average([]));
    }

    [Fact]
    public void Training_is_reproducible_for_a_seed()
    {
        var a = new SequencePerceptronTrainer(LabelSet, Bits) { Epochs = 3, Seed = 5 }.Train(Data());
        var b = new SequencePerceptronTrainer(LabelSet, Bits) { Epochs = 3, Seed = 5 }.Train(Data());

        Assert.True(a.Emissions.SequenceEqual(b.Emissions));
        Assert.True(a.Transitions.SequenceEqual(b.Transitions));
    }

    [Fact]
    public void The_scorer_picks_the_epoch_that_is_kept()
    {
        var model = new SequencePerceptronTrainer(LabelSet, Bits) { Epochs = 4 }.Train(Data(), score: (epoch, _) => epoch == 2 ? 1 : 0);

        Assert.Equal("2", model.Info["epoch"]);
    }

    [Fact]
    public void A_saved_model_loads_back_and_decodes_the_same()
    {
        var model = new SequencePerceptronTrainer(LabelSet, Bits) { Epochs = 5 }.Train(Data(), info: System.Collections.Immutable.ImmutableDictionary<string, string>.Empty.Add("data", "toy"));
        using var stream = new MemoryStream();
        SequenceModelFile.Save(model, stream);
        stream.Position = 0;

        var loaded = SequenceModelFile.Load(stream);

        Assert.Equal(model.Labels.ToArray(), loaded.Labels.ToArray());
        Assert.Equal("toy", loaded.Info["data"]);
        Assert.Equal(Decode(model, ["to", "talk", "the", "walk"]), Decode(loaded, ["to", "talk", "the", "walk"]));
    }

    [Fact]
    public void A_file_that_is_not_a_model_fails_with_a_code()
    {
        using var stream = new MemoryStream("not a model"u8.ToArray());

        var error = Assert.Throws<BackchannelException>(() => SequenceModelFile.Load(stream, "bad.bin")).Error;

        Assert.Equal(ErrorCode.BadModel, error.Code);
        Assert.Equal("bad.bin", error.Path);
    }
}
