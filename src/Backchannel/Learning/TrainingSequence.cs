namespace Backchannel.Learning;

/// <summary>One training example: the features of each position and the gold label index of each.</summary>
/// <param name="Features">Hashed features, one row per position.</param>
/// <param name="Gold">Gold label indices, one per position.</param>
public sealed record TrainingSequence(FeatureSequence Features, int[] Gold);
