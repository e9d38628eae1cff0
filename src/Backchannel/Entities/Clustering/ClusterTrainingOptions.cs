namespace Backchannel.Entities.Clustering;

/// <summary>Settings of <see cref="ClusterTrainer"/>.</summary>
/// <param name="Seed">Seed of the random projection and k-means; same seed and corpus give the same file.</param>
/// <param name="MinCount">Words seen fewer times are left out.</param>
/// <param name="ContextWords">Most frequent words used as context features (others fall into shape classes).</param>
/// <param name="Rank">Dimensions of the word vectors.</param>
/// <param name="Iterations">k-means iterations at the finest level.</param>
public sealed record ClusterTrainingOptions(int Seed = 1, int MinCount = 2, int ContextWords = 4000, int Rank = 64, int Iterations = 15)
{
    /// <summary>Clusters per level, coarse first; each level refines the previous one.</summary>
    public IReadOnlyList<int> Levels { get; init; } = [16, 64, 256, 1024];
}
