using System.Collections.Immutable;
using Backchannel.Entities;
using Backchannel.Learning;

namespace Backchannel.Tests.Entities;

public sealed class BilouDecoderTests
{
    // Four types take the grouped fast path; three take the full search over all label pairs.
    [Theory]
    [InlineData(4, 1)]
    [InlineData(4, 2)]
    [InlineData(4, 4)]
    [InlineData(3, 4)]
    public void Decoding_finds_the_best_well_formed_sequence(int types, int length)
    {
        var labels = BilouScheme.Labels(EntityTypes.Conll[..types]);
        var random = new Random(types * 100 + length);
        for (var trial = 0; trial < 20; trial++)
        {
            var transitions = Random(random, (labels.Length + 1) * labels.Length);
            var emissions = Random(random, length * labels.Length);
            var model = new SequenceModel(labels, 1, new float[2 * labels.Length], transitions);
            var decoded = new int[length];

            new BilouDecoder(model).Decode(emissions, new int[length * labels.Length], decoded);

            Assert.Equal(BruteForce(labels, transitions, emissions, length), decoded);
        }
    }

    private static float[] Random(Random random, int count)
    {
        var values = new float[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = (float)((random.NextDouble() * 4) - 2);
        }

        return values;
    }

    // Scores every label sequence, adding in the decoder's order (transition, then emission), and keeps the best
    // one that BILOU allows.
    private static int[] BruteForce(ImmutableArray<string> labels, float[] transitions, float[] emissions, int length)
    {
        var count = labels.Length;
        var sequence = new int[length];
        var best = new int[length];
        var bestScore = float.NegativeInfinity;
        var total = (int)Math.Pow(count, length);
        for (var code = 0; code < total; code++)
        {
            var rest = code;
            for (var t = 0; t < length; t++)
            {
                sequence[t] = rest % count;
                rest /= count;
            }

            if (!WellFormed(labels, sequence))
            {
                continue;
            }

            var score = emissions[sequence[0]] + transitions[(count * count) + sequence[0]];
            for (var t = 1; t < length; t++)
            {
                score = score + transitions[(sequence[t - 1] * count) + sequence[t]] + emissions[(t * count) + sequence[t]];
            }

            if (score > bestScore)
            {
                bestScore = score;
                sequence.CopyTo(best, 0);
            }
        }

        return best;
    }

    private static bool WellFormed(ImmutableArray<string> labels, int[] sequence)
    {
        var previous = "O";
        foreach (var label in sequence.Select(y => labels[y]))
        {
            var continues = label[0] is 'I' or 'L';
            var allowed = continues
                ? previous[0] is 'B' or 'I' && previous[2..] == label[2..]
                : previous[0] is 'O' or 'L' or 'U';
            if (!allowed)
            {
                return false;
            }

            previous = label;
        }

        return previous[0] is 'O' or 'L' or 'U';
    }
}
