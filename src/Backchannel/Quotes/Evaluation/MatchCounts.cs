namespace Backchannel.Quotes.Evaluation;

/// <summary>Matched, gold and predicted counts, with precision, recall and F1 (0 when undefined).</summary>
public readonly record struct MatchCounts(int Matched, int Gold, int Predicted)
{
    /// <summary>Matched / predicted.</summary>
    public double Precision => Predicted == 0 ? 0 : (double)Matched / Predicted;

    /// <summary>Matched / gold.</summary>
    public double Recall => Gold == 0 ? 0 : (double)Matched / Gold;

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Adds two counts.</summary>
    public static MatchCounts operator +(MatchCounts a, MatchCounts b) => new(a.Matched + b.Matched, a.Gold + b.Gold, a.Predicted + b.Predicted);
}
