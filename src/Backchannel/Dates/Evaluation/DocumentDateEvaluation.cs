namespace Backchannel.Dates.Evaluation;

/// <summary>The outcome of <see cref="DocumentDateEvaluator"/>: the scores and the checks that the gold stayed hidden.</summary>
/// <param name="Scores">Coverage, accuracy and the wrong dates.</param>
/// <param name="WithoutGold">Files skipped because they record no creation date.</param>
/// <param name="Leaked">Texts that still hold the gold date written in digits (as in a DOCID or a wire header); 0 when the gold is truly hidden.</param>
public sealed record DocumentDateEvaluation(DocumentDateScorer Scores, int WithoutGold, int Leaked);
