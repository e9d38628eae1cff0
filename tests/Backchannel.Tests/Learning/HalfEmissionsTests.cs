using System.Collections.Immutable;
using System.Runtime.Intrinsics;
using Backchannel.Learning;
using Backchannel.Tagging;
using Backchannel.Tests.Tagging;

namespace Backchannel.Tests.Learning;

/// <summary>
/// <see cref="HalfEmissions"/>: the compact half-precision table gives the float table's emission sums bit for bit,
/// so exact decoding over it finds the same paths.
/// </summary>
public sealed class HalfEmissionsTests
{
    [Fact]
    public void Every_finite_half_converts_to_the_same_float_as_the_runtimes_conversion()
    {
        var shift = HalfEmissions.ExponentShift;
        for (var bits = 0; bits < 0x10000; bits += 8)
        {
            var lanes = new uint[8];
            for (var k = 0; k < 8; k++)
            {
                lanes[k] = (uint)(bits + k);
            }

            var converted = HalfEmissions.ToSingle(Vector256.Create(lanes), shift);
            for (var k = 0; k < 8; k++)
            {
                var half = BitConverter.UInt16BitsToHalf((ushort)lanes[k]);
                if (Half.IsFinite(half))
                {
                    Assert.Equal(BitConverter.SingleToUInt32Bits((float)half), BitConverter.SingleToUInt32Bits(converted[k]));
                }
            }
        }
    }

    [Theory]
    [InlineData(5)]
    [InlineData(20)]
    [InlineData(30)]
    public void Emission_sums_and_paths_match_the_float_table_on_made_up_models(int labels)
    {
        const int Bits = 8;
        var random = new Random(labels);
        var emissions = new float[(1 << Bits) * labels];
        for (var bucket = 0; bucket < 1 << Bits; bucket++)
        {
            // A third of the buckets stay empty, as in a trained hashed model; the rest mix large, tiny (subnormal
            // halves), negative and zero weights.
            if (random.Next(3) == 0)
            {
                continue;
            }

            for (var y = 0; y < labels; y++)
            {
                emissions[(bucket * labels) + y] = random.Next(6) switch
                {
                    0 => 0f,
                    1 => (float)(Half)(random.NextDouble() * 1e-6),
                    2 => -0f,
                    _ => (float)(Half)((random.NextDouble() - 0.5) * 8),
                };
            }
        }

        var transitions = new float[(labels + 1) * labels];
        for (var i = 0; i < transitions.Length; i++)
        {
            transitions[i] = (float)((random.NextDouble() - 0.5) * 4);
        }

        var model = new SequenceModel([.. Enumerable.Range(0, labels).Select(i => $"L{i}")], Bits, emissions, transitions);
        Assert.True(model.DecodesHalfTable);
        var table = HalfEmissions.TryCreate(emissions, labels)!;
        for (var sentence = 0; sentence < 200; sentence++)
        {
            var sequence = new FeatureSequence();
            var length = 1 + random.Next(30);
            for (var t = 0; t < length; t++)
            {
                for (var f = random.Next(25); f > 0; f--)
                {
                    sequence.Add(random.Next(1 << Bits));
                }

                sequence.EndPosition();
                var dense = new float[labels];
                var half = new float[labels];
                Viterbi.Emit(sequence.At(t), emissions, labels, dense);
                table.Emit(sequence.At(t), half);
                Assert.Equal(dense.Select(BitConverter.SingleToUInt32Bits), half.Select(BitConverter.SingleToUInt32Bits));
                var label = random.Next(labels);
                Assert.Equal(new DenseEmissionScores(emissions, labels).Sum(sequence.At(t), label), table.Sum(sequence.At(t), label));
            }

            var expected = new int[length];
            var actual = new int[length];
            model.DecodeDense(sequence, expected);
            model.Decode(sequence, actual);
            Assert.Equal(expected, actual);

            var fixedLabels = Enumerable.Range(0, length).Select(_ => random.Next(3) == 0 ? random.Next(labels) : -1).ToArray();
            Viterbi.Decode(sequence, emissions, transitions, labels, expected, fixedLabels);
            model.Decode(sequence, fixedLabels, actual);
            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void The_shipped_chunker_decodes_real_sentences_as_over_its_float_table()
    {
        var chunker = Chunker.Shipped;
        Assert.True(chunker.Model.DecodesHalfTable);
        string[] sentences =
        [
            "The two delegations will meet again in Geneva next week , officials said .",
            "Ministers agreed that the talks , which began on Monday , should continue until a deal is reached .",
            "Shares in the company fell 4 % after it warned that profits would be lower than expected .",
            "She told reporters she had not been asked to step down and would stay on as chair .",
        ];
        foreach (var sentence in sentences)
        {
            var document = Analyzed.Run(sentence);
            var tags = document.Get(TaggingLayers.Pos).Select(p => p.Tag).ToArray();
            var tokens = document.Get(Backchannel.Text.TextLayers.Tokens).AsSpan();
            var forms = new WordForms();
            forms.Load(document.Text, tokens);
            var sequence = new FeatureSequence();
            ChunkFeatures.Extract(forms, tags, sequence, chunker.Model.Bits);
            var expected = new int[tokens.Length];
            var actual = new int[tokens.Length];
            chunker.Model.DecodeDense(sequence, expected);
            chunker.Model.Decode(sequence, actual);
            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void A_model_with_weights_that_are_not_halves_keeps_the_float_table()
    {
        var emissions = new float[4 * 2];
        emissions[3] = 0.1f;
        var model = new SequenceModel(ImmutableArray.Create("A", "B"), 2, emissions, new float[3 * 2]);

        Assert.Null(HalfEmissions.TryCreate(emissions, 2));
        Assert.False(model.DecodesHalfTable);
        var output = new int[1];
        var sequence = new FeatureSequence();
        sequence.Add(1);
        sequence.EndPosition();
        model.Decode(sequence, output);
        Assert.Equal(1, output[0]);
    }
}
