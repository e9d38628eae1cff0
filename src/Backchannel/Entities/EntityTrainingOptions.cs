namespace Backchannel.Entities;

/// <summary>Settings of <see cref="EntityTrainer"/>.</summary>
/// <param name="Seed">Seed of the perceptron's shuffles; the same seed and data give the same model bytes.</param>
/// <param name="Epochs">Most passes per model; the epoch with the best dev F1 is kept.</param>
/// <param name="Bits">Log2 of the number of feature buckets.</param>
/// <param name="Groups">Feature groups to use.</param>
/// <param name="Folds">Jackknife folds that give the second stage honest first-stage labels on training data.</param>
/// <param name="Ensemble">Models per stage, trained with seeds <c>Seed</c>, <c>Seed + 1</c>, … and averaged into one
/// (1: a single model).</param>
public sealed record EntityTrainingOptions(
    int Seed = 1,
    int Epochs = 20,
    int Bits = 20,
    EntityFeatureGroups Groups = EntityFeatureGroups.All,
    int Folds = 4,
    int Ensemble = 1);
