namespace Backchannel.Numbers.Evaluation;

/// <summary>Scores on the hand-labelled phrases.</summary>
/// <param name="Total">Rows scored.</param>
/// <param name="Correct">Rows whose kind, value, upper bound, unit and qualifier all match.</param>
/// <param name="KindAndValueCorrect">Rows whose kind and value (and upper bound) match, unit and qualifier aside.</param>
/// <param name="Misses">A line per wrong row: the line number, the phrase, expected and found.</param>
public sealed record QuantityGoldResult(int Total, int Correct, int KindAndValueCorrect, IReadOnlyList<string> Misses)
{
    /// <summary>Correct / Total.</summary>
    public double Accuracy => Total == 0 ? 0 : (double)Correct / Total;

    /// <summary>KindAndValueCorrect / Total.</summary>
    public double KindAndValueAccuracy => Total == 0 ? 0 : (double)KindAndValueCorrect / Total;
}
