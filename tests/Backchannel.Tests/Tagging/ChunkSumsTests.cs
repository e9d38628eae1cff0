using Backchannel.Learning;
using Backchannel.Tagging;
using Backchannel.Text;

namespace Backchannel.Tests.Tagging;

/// <summary>
/// <see cref="ChunkSums"/>: the chunker's emission rows summed from cached per-word and per-tag-trigram parts are
/// exactly the 8-bit table's sums over every feature <see cref="ChunkFeatures.Extract"/> gives each token.
/// </summary>
public sealed class ChunkSumsTests
{
    private static readonly string[] s_tags = ["DT", "NN", "NNP", "VBD", "IN", "JJ", ",", ".", "CC", "PRP", "VBZ", "TO", "VB"];

    // Short sentences reach both edges at once; repeated words and tag runs make the caches hit as well as miss.
    private static readonly string[] s_sentences =
    [
        "Talks resumed .",
        "Yes",
        "No way",
        "The envoy said the envoy would return to the capital , and the envoy did return on Friday .",
        "A long , slow , careful round of talks in a quiet lakeside town ended with a short joint statement that few had expected .",
        "THE MINISTER'S AIDE -- who asked not to be named -- said 3.5 % was \"too little\" …",
    ];

    [Fact]
    public void Rows_of_a_made_up_model_with_every_bucket_used_are_the_sums_of_every_feature()
    {
        // Every bucket holds weights, so a feature left out or counted twice changes a row.
        const int Labels = 20;
        const int Bits = 10;
        var random = new Random(7);
        var emissions = new float[(1 << Bits) * Labels];
        for (var i = 0; i < emissions.Length; i++)
        {
            emissions[i] = (float)((random.NextDouble() - 0.5) * 6);
        }

        var model = new SequenceModel([.. Enumerable.Range(0, Labels).Select(i => $"L{i}")], Bits, emissions, new float[(Labels + 1) * Labels]);
        AssertRowsMatch(model, random);
    }

    [Fact]
    public void Rows_of_the_shipped_chunker_are_the_sums_of_every_feature()
    {
        AssertRowsMatch(Chunker.Shipped.Model, new Random(11));
    }

    [Fact]
    public void Padded_row_decoding_finds_the_same_path_as_exact_viterbi()
    {
        var random = new Random(3);
        foreach (var labels in new[] { 3, 8, 20, 23 })
        {
            var stride = Viterbi.PaddedStride(labels);
            var transitions = new float[(labels + 1) * labels];
            for (var i = 0; i < transitions.Length; i++)
            {
                // Coarse values make ties, which must break towards the lower label as exact Viterbi does.
                transitions[i] = random.Next(-3, 4) * 0.5f;
            }

            var padded = Viterbi.PadTransitions(transitions, labels, stride);
            for (var trial = 0; trial < 50; trial++)
            {
                var n = 1 + random.Next(25);

                // One feature per position whose bucket holds that position's row, so Decode reads exactly the rows.
                var bits = 5;
                var emissions = new float[(1 << bits) * labels];
                var sequence = new FeatureSequence();
                var rows = new float[n * stride];
                for (var t = 0; t < n; t++)
                {
                    for (var y = 0; y < labels; y++)
                    {
                        var value = random.Next(-4, 5) * 0.25f;
                        emissions[(t * labels) + y] = value;
                        rows[(t * stride) + y] = value;
                    }

                    sequence.Add(t);
                    sequence.EndPosition();
                }

                var expected = new int[n];
                var actual = new int[n];
                Viterbi.Decode(sequence, emissions, transitions, labels, expected);
                Viterbi.DecodeRows(rows, stride, padded, labels, actual);
                Assert.Equal(expected, actual);
            }
        }
    }

    private static void AssertRowsMatch(SequenceModel model, Random random)
    {
        var table = model.Packed;
        Assert.True(table.SumsPairs);
        var labels = model.Labels.Length;
        var stride = Viterbi.PaddedStride(labels);
        var sums = new ChunkSums();
        var forms = new WordForms();
        var sequence = new FeatureSequence();

        // Twice over, so the second round reads cached parts.
        for (var round = 0; round < 2; round++)
        {
            foreach (var text in s_sentences)
            {
                var tokens = Tokenizer.Tokenize(text);
                var tags = tokens.Select(_ => s_tags[random.Next(s_tags.Length)]).ToArray();
                forms.Load(text, tokens);
                var scores = new float[tokens.Length * stride];
                sums.Score(forms, tags, table, model.Bits, scores, stride);
                ChunkFeatures.Extract(forms, tags, sequence, model.Bits);
                for (var t = 0; t < tokens.Length; t++)
                {
                    Assert.Equal(21, sequence.At(t).Length);
                    var expected = new float[table.Stride];
                    table.Emit(sequence.At(t), expected);
                    Assert.Equal(expected.AsSpan(0, labels).ToArray(), scores.AsSpan(t * stride, labels).ToArray());
                    Assert.All(scores.AsSpan((t * stride) + labels, stride - labels).ToArray(), lane => Assert.Equal(0f, lane));
                }
            }
        }
    }
}
