namespace Backchannel.Tagging;

/// <summary>Exact-match chunk counts (conlleval style): a predicted chunk is correct when span and type both match.</summary>
/// <param name="Gold">Chunks in the gold standard.</param>
/// <param name="Predicted">Chunks predicted.</param>
/// <param name="Correct">Predicted chunks that match a gold chunk exactly.</param>
public sealed record ChunkCounts(int Gold, int Predicted, int Correct)
{
    /// <summary>Precision in percent.</summary>
    public double Precision => Predicted == 0 ? 0 : 100.0 * Correct / Predicted;

    /// <summary>Recall in percent.</summary>
    public double Recall => Gold == 0 ? 0 : 100.0 * Correct / Gold;

    /// <summary>Harmonic mean of precision and recall, in percent.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
