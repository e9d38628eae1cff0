using System.Globalization;

namespace Backchannel.Entities.Clustering;

/// <summary>
/// Learns hierarchical word clusters from unlabeled text, a cheaper stand-in for Brown clustering that still gives
/// several granularities: positional context counts (two words either side) → PPMI → randomized SVD → spherical
/// k-means at the finest level, then k-means over those centroids for each coarser level, so every coarse cluster
/// is a union of finer ones (like a prefix of a Brown bit path).
/// </summary>
public static class ClusterTrainer
{
    private const int Positions = 4;
    private const int ShapeClasses = 5; // capitalised, lower, digit, other, sentence boundary

    /// <summary>Clusters the corpus's words; <paramref name="log"/> receives progress lines.</summary>
    public static WordClusters Train(ClusterCorpus corpus, ClusterTrainingOptions options, Action<string> log)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        // Vocabulary: frequent words first, ties in ordinal order, so ids do not depend on reading order.
        var rows = Enumerable.Range(0, corpus.Words.Count)
            .Where(i => corpus.Counts[i] >= options.MinCount)
            .OrderByDescending(i => corpus.Counts[i]).ThenBy(i => corpus.Words[i], StringComparer.Ordinal)
            .ToArray();
        var rowOf = new int[corpus.Words.Count];
        Array.Fill(rowOf, -1);
        for (var r = 0; r < rows.Length; r++)
        {
            rowOf[rows[r]] = r;
        }

        var contextWords = Math.Min(options.ContextWords, rows.Length);
        var width = contextWords + ShapeClasses;
        var matrix = Ppmi(corpus, rowOf, rows.Length, contextWords, width);
        log(string.Create(CultureInfo.InvariantCulture, $"{rows.Length} words, {matrix.Values.Length} non-zero PPMI cells"));

        var vectors = RandomizedSvd.Embed(matrix, options.Rank, options.Seed);
        KMeans.Normalise(vectors, options.Rank);
        log("vectors ready");

        var weights = rows.Select(i => (float)Math.Log(1 + corpus.Counts[i])).ToArray();
        var levels = options.Levels;
        var paths = new int[rows.Length][];
        for (var r = 0; r < rows.Length; r++)
        {
            paths[r] = new int[levels.Count];
        }

        var (assignment, centroids) = KMeans.Cluster(vectors, rows.Length, options.Rank, levels[^1], weights, options.Seed, options.Iterations);
        for (var r = 0; r < rows.Length; r++)
        {
            paths[r][levels.Count - 1] = assignment[r];
        }

        log(string.Create(CultureInfo.InvariantCulture, $"level {levels[^1]} done"));
        var finer = assignment;
        var count = centroids.Length / options.Rank;
        for (var level = levels.Count - 2; level >= 0; level--)
        {
            var mass = new float[count];
            for (var r = 0; r < rows.Length; r++)
            {
                mass[finer[r]] += weights[r];
            }

            var (parent, parentCentroids) = KMeans.Cluster(centroids, count, options.Rank, levels[level], mass, options.Seed + level + 1, options.Iterations * 2);
            for (var r = 0; r < rows.Length; r++)
            {
                finer[r] = parent[finer[r]];
                paths[r][level] = finer[r];
            }

            centroids = parentCentroids;
            count = centroids.Length / options.Rank;
        }

        return new WordClusters(levels, rows.Select((word, r) => new KeyValuePair<string, int[]>(corpus.Words[word], paths[r])));
    }

    private static SparseMatrix Ppmi(ClusterCorpus corpus, int[] rowOf, int rowCount, int contextWords, int width)
    {
        var stream = corpus.Stream;
        var events = new List<long>(stream.Count * Positions);
        for (var i = 0; i < stream.Count; i++)
        {
            var id = stream[i];
            if (id < 0 || rowOf[id] < 0)
            {
                continue;
            }

            var p = 0;
            foreach (var offset in (ReadOnlySpan<int>)[-2, -1, 1, 2])
            {
                events.Add(((long)rowOf[id] << 32) | (uint)((p * width) + Context(corpus, rowOf, stream, i, offset, contextWords)));
                p++;
            }
        }

        events.Sort();
        var rowEnds = new int[rowCount];
        var columns = new List<int>();
        var counts = new List<float>();
        var rowSums = new double[rowCount];
        var columnSums = new double[Positions * width];
        for (var n = 0; n < events.Count;)
        {
            var key = events[n];
            var m = n;
            while (m < events.Count && events[m] == key)
            {
                m++;
            }

            var row = (int)(key >> 32);
            var column = (int)(key & 0xFFFFFFFF);
            columns.Add(column);
            counts.Add(m - n);
            rowSums[row] += m - n;
            columnSums[column] += m - n;
            rowEnds[row] = columns.Count;
            n = m;
        }

        for (var r = 1; r < rowCount; r++)
        {
            rowEnds[r] = Math.Max(rowEnds[r], rowEnds[r - 1]);
        }

        // PPMI with context-distribution smoothing (α = 0.75, Levy, Goldberg & Dagan 2015).
        var total = rowSums.Sum();
        var smoothed = columnSums.Select(c => Math.Pow(c, 0.75)).ToArray();
        var smoothedTotal = smoothed.Sum();
        var values = new float[counts.Count];
        var cols = columns.ToArray();
        for (var r = 0; r < rowCount; r++)
        {
            for (var n = r == 0 ? 0 : rowEnds[r - 1]; n < rowEnds[r]; n++)
            {
                var pmi = Math.Log(counts[n] / total / (rowSums[r] / total * (smoothed[cols[n]] / smoothedTotal)));
                values[n] = (float)Math.Max(0, pmi);
            }
        }

        return new SparseMatrix(rowCount, Positions * width, rowEnds, cols, values);
    }

    private static int Context(ClusterCorpus corpus, int[] rowOf, IReadOnlyList<int> stream, int i, int offset, int contextWords)
    {
        // Walk toward the offset without crossing a sentence boundary.
        var j = i;
        for (var step = 0; step < Math.Abs(offset); step++)
        {
            j += Math.Sign(offset);
            if (j < 0 || j >= stream.Count || stream[j] < 0)
            {
                return contextWords + 4;
            }
        }

        var id = stream[j];
        var row = rowOf[id];
        if (row >= 0 && row < contextWords)
        {
            return row;
        }

        var word = corpus.Words[id];
        return char.IsUpper(word[0]) ? contextWords : char.IsLower(word[0]) ? contextWords + 1 : char.IsDigit(word[0]) ? contextWords + 2 : contextWords + 3;
    }
}
