namespace Backchannel.Numbers.Evaluation;

/// <summary>Scores of the CoNLL-2003 part-of-speech proxy (see <see cref="ConllNumberEvaluator"/>).</summary>
/// <param name="GoldMentions">Maximal runs of CD-tagged tokens that are not dates or times.</param>
/// <param name="GoldFound">Gold runs overlapped by a quantity.</param>
/// <param name="Predicted">Quantities found.</param>
/// <param name="PredictedRight">Quantities that overlap a gold run or a number word (ordinal, fraction, dozen).</param>
/// <param name="Misses">Examples of gold runs no quantity overlaps.</param>
/// <param name="Spurious">Examples of quantities that count as wrong.</param>
public sealed record ConllNumberResult(int GoldMentions, int GoldFound, int Predicted, int PredictedRight, IReadOnlyList<string> Misses, IReadOnlyList<string> Spurious)
{
    /// <summary>GoldFound / GoldMentions.</summary>
    public double Recall => GoldMentions == 0 ? 0 : (double)GoldFound / GoldMentions;

    /// <summary>PredictedRight / Predicted.</summary>
    public double Precision => Predicted == 0 ? 0 : (double)PredictedRight / Predicted;

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
