using System.Numerics;

namespace Backchannel.Entities.Clustering;

/// <summary>Spherical k-means (cosine similarity on unit vectors) with optional point weights. Seeded and reproducible.</summary>
internal static class KMeans
{
    /// <summary>Assigns each of the <paramref name="count"/> unit vectors (row-major, <paramref name="dims"/> wide) to one of <paramref name="k"/> clusters.</summary>
    public static (int[] Assignment, float[] Centroids) Cluster(float[] points, int count, int dims, int k, float[]? weights, int seed, int iterations)
    {
        k = Math.Min(k, count);
        var random = new Random(seed);
        var centroids = new float[k * dims];

        // Initial centroids: distinct points, favouring heavy ones (frequent words make stable seeds).
        var order = Enumerable.Range(0, count).ToArray();
        random.Shuffle(order);
        if (weights is not null)
        {
            order = [.. order.Take(Math.Min(count, k * 4)).OrderByDescending(i => weights[i]).ThenBy(i => i)];
        }

        for (var c = 0; c < k; c++)
        {
            points.AsSpan(order[c] * dims, dims).CopyTo(centroids.AsSpan(c * dims, dims));
        }

        var assignment = new int[count];
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            Parallel.For(0, count, i => assignment[i] = Nearest(points.AsSpan(i * dims, dims), centroids, k, dims));
            var sums = new double[k * dims];
            var mass = new double[k];
            for (var i = 0; i < count; i++)
            {
                var c = assignment[i];
                var w = weights?[i] ?? 1f;
                mass[c] += w;
                var point = points.AsSpan(i * dims, dims);
                for (var d = 0; d < dims; d++)
                {
                    sums[(c * dims) + d] += w * point[d];
                }
            }

            for (var c = 0; c < k; c++)
            {
                if (mass[c] == 0)
                {
                    // An empty cluster restarts at a random point, so every id stays in use.
                    var i = random.Next(count);
                    points.AsSpan(i * dims, dims).CopyTo(centroids.AsSpan(c * dims, dims));
                    continue;
                }

                var norm = 0.0;
                for (var d = 0; d < dims; d++)
                {
                    norm += sums[(c * dims) + d] * sums[(c * dims) + d];
                }

                var scale = norm > 0 ? 1 / Math.Sqrt(norm) : 0;
                for (var d = 0; d < dims; d++)
                {
                    centroids[(c * dims) + d] = (float)(sums[(c * dims) + d] * scale);
                }
            }
        }

        Parallel.For(0, count, i => assignment[i] = Nearest(points.AsSpan(i * dims, dims), centroids, k, dims));
        return (assignment, centroids);
    }

    /// <summary>Scales every row to unit length.</summary>
    public static void Normalise(float[] points, int dims)
    {
        for (var start = 0; start < points.Length; start += dims)
        {
            var row = points.AsSpan(start, dims);
            var norm = MathF.Sqrt(Dot(row, row));
            if (norm > 0)
            {
                foreach (ref var x in row)
                {
                    x /= norm;
                }
            }
        }
    }

    private static int Nearest(ReadOnlySpan<float> point, float[] centroids, int k, int dims)
    {
        var best = 0;
        var bestScore = float.NegativeInfinity;
        for (var c = 0; c < k; c++)
        {
            var score = Dot(point, centroids.AsSpan(c * dims, dims));
            if (score > bestScore)
            {
                bestScore = score;
                best = c;
            }
        }

        return best;
    }

    private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var sum = Vector<float>.Zero;
        var i = 0;
        for (; i <= a.Length - Vector<float>.Count; i += Vector<float>.Count)
        {
            sum += new Vector<float>(a[i..]) * new Vector<float>(b[i..]);
        }

        var total = Vector.Sum(sum);
        for (; i < a.Length; i++)
        {
            total += a[i] * b[i];
        }

        return total;
    }
}
