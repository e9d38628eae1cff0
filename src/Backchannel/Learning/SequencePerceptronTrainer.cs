using System.Collections.Immutable;

namespace Backchannel.Learning;

/// <summary>
/// Trains a <see cref="SequenceModel"/> with the averaged structured perceptron (Collins 2002): decode each sentence
/// with Viterbi, move weights toward the gold path and away from the predicted one, and average the weights over
/// all steps, which generalises far better than the last weights. Deterministic for a given seed.
/// </summary>
public sealed class SequencePerceptronTrainer
{
    private readonly ImmutableArray<string> _labels;
    private readonly int _bits;

    /// <summary>Prepares a trainer for these labels and <c>2^bits</c> feature buckets.</summary>
    public SequencePerceptronTrainer(IEnumerable<string> labels, int bits)
    {
        _labels = [.. labels];
        _bits = bits is >= 8 and <= 26 ? bits : throw new ArgumentOutOfRangeException(nameof(bits), "Use 8 to 26 bits.");
    }

    /// <summary>Passes over the training data.</summary>
    public int Epochs { get; init; } = 10;

    /// <summary>Seed of the per-epoch shuffle.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>
    /// Trains and returns the averaged model of the best epoch: the one <paramref name="score"/> rates highest
    /// (e.g. dev-set F1), or the last epoch when no scorer is given.
    /// </summary>
    public SequenceModel Train(
        IReadOnlyList<TrainingSequence> data,
        Func<int, SequenceModel, double>? score = null,
        ImmutableDictionary<string, string>? info = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        var labels = _labels.Length;
        var weights = new Weights(((1 << _bits) * labels) + ((labels + 1) * labels));
        var emissionLength = (1 << _bits) * labels;
        var order = Enumerable.Range(0, data.Count).ToArray();
        var random = new Random(Seed);
        var predicted = new int[16];
        SequenceModel? best = null;
        var bestScore = double.NegativeInfinity;

        for (var epoch = 1; epoch <= Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var index in order)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var example = data[index];
                var n = example.Features.Length;
                if (predicted.Length < n)
                {
                    predicted = new int[n * 2];
                }

                Viterbi.Decode(example.Features, weights.Current.AsSpan(0, emissionLength), weights.Current.AsSpan(emissionLength), labels, predicted);
                Update(weights, example, predicted, labels, emissionLength);
                weights.Tick();
            }

            var model = Snapshot(weights, emissionLength, info, epoch);
            var value = score?.Invoke(epoch, model) ?? epoch;
            if (value > bestScore)
            {
                bestScore = value;
                best = model;
            }
        }

        return best ?? Snapshot(weights, emissionLength, info, 0);
    }

    private static void Update(Weights weights, TrainingSequence example, int[] predicted, int labels, int emissionLength)
    {
        var gold = example.Gold;
        for (var t = 0; t < example.Features.Length; t++)
        {
            var g = gold[t];
            var p = predicted[t];
            if (g != p)
            {
                foreach (var f in example.Features.At(t))
                {
                    weights.Add((f * labels) + g, 1f);
                    weights.Add((f * labels) + p, -1f);
                }
            }

            var gPrev = t == 0 ? labels : gold[t - 1];
            var pPrev = t == 0 ? labels : predicted[t - 1];
            if (gPrev != pPrev || g != p)
            {
                weights.Add(emissionLength + (gPrev * labels) + g, 1f);
                weights.Add(emissionLength + (pPrev * labels) + p, -1f);
            }
        }
    }

    private SequenceModel Snapshot(Weights weights, int emissionLength, ImmutableDictionary<string, string>? info, int epoch)
    {
        var averaged = weights.Averaged();
        var details = (info ?? ImmutableDictionary<string, string>.Empty)
            .SetItem("epoch", epoch.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .SetItem("seed", Seed.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return new SequenceModel(_labels, _bits, averaged[..emissionLength], averaged[emissionLength..], details);
    }

    /// <summary>Current weights plus running sums (in double: step × delta outgrows float precision) to average lazily.</summary>
    private sealed class Weights(int length)
    {
        private readonly double[] _sums = new double[length];
        private int _step = 1;

        public float[] Current { get; } = new float[length];

        public void Add(int index, float delta)
        {
            Current[index] += delta;
            _sums[index] += (double)_step * delta;
        }

        public void Tick() => _step++;

        public float[] Averaged()
        {
            var result = new float[Current.Length];
            for (var i = 0; i < result.Length; i++)
            {
                result[i] = (float)(Current[i] - (_sums[i] / _step));
            }

            return result;
        }
    }
}
