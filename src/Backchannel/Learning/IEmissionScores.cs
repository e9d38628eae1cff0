namespace Backchannel.Learning;

/// <summary>Where exact Viterbi reads a position's emission scores from: the float table or a compact copy of it.</summary>
internal interface IEmissionScores
{
    /// <summary>Writes the summed weights of <paramref name="features"/> for every label into <paramref name="row"/>.</summary>
    void Emit(ReadOnlySpan<int> features, Span<float> row);

    /// <summary>The summed weight of <paramref name="features"/> for one label.</summary>
    float Sum(ReadOnlySpan<int> features, int label);
}

/// <summary>The float table, bucket-major (<c>[bucket * labels + label]</c>): what training updates and decodes.</summary>
internal readonly ref struct DenseEmissionScores(ReadOnlySpan<float> emissions, int labels) : IEmissionScores
{
    private readonly ReadOnlySpan<float> _emissions = emissions;

    public void Emit(ReadOnlySpan<int> features, Span<float> row) => Viterbi.Emit(features, _emissions, labels, row);

    public float Sum(ReadOnlySpan<int> features, int label)
    {
        var score = 0f;
        foreach (var f in features)
        {
            score += _emissions[(f * labels) + label];
        }

        return score;
    }
}

/// <summary>The compact half-precision table of a loaded model (<see cref="HalfEmissions"/>).</summary>
internal readonly struct HalfEmissionScores(HalfEmissions table) : IEmissionScores
{
    public void Emit(ReadOnlySpan<int> features, Span<float> row) => table.Emit(features, row);

    public float Sum(ReadOnlySpan<int> features, int label) => table.Sum(features, label);
}
