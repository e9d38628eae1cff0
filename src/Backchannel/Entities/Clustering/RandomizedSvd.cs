namespace Backchannel.Entities.Clustering;

/// <summary>
/// Truncated SVD by random projection (Halko, Martinsson &amp; Tropp 2011): project onto a few random directions,
/// sharpen with power iterations, orthonormalise, and solve the small problem exactly. Seeded, so reproducible.
/// </summary>
internal static class RandomizedSvd
{
    /// <summary>Returns the rows' coordinates U·Σ^½ (Rows × rank, row-major).</summary>
    public static float[] Embed(SparseMatrix a, int rank, int seed, int powerIterations = 2)
    {
        var l = rank + 10;
        var random = new Random(seed);
        var omega = new float[a.Columns * l];
        for (var i = 0; i < omega.Length; i++)
        {
            omega[i] = Gaussian(random);
        }

        var y = a.Times(omega, l);
        Orthonormalise(y, a.Rows, l);
        for (var p = 0; p < powerIterations; p++)
        {
            var z = a.TransposeTimes(y, l);
            Orthonormalise(z, a.Columns, l);
            y = a.Times(z, l);
            Orthonormalise(y, a.Rows, l);
        }

        // B = Qᵀ A is l × Columns; its Gram matrix B Bᵀ (l × l) has eigenvalues σ² and eigenvectors that rotate Q into U.
        var bt = a.TransposeTimes(y, l); // Columns × l, i.e. Bᵀ
        var gram = new double[l * l];
        for (var c = 0; c < a.Columns; c++)
        {
            var row = bt.AsSpan(c * l, l);
            for (var i = 0; i < l; i++)
            {
                for (var j = i; j < l; j++)
                {
                    gram[(i * l) + j] += (double)row[i] * row[j];
                }
            }
        }

        for (var i = 0; i < l; i++)
        {
            for (var j = 0; j < i; j++)
            {
                gram[(i * l) + j] = gram[(j * l) + i];
            }
        }

        var (values, vectors) = SymmetricEigen.Decompose(gram, l);
        var order = Enumerable.Range(0, l).OrderByDescending(i => values[i]).ThenBy(i => i).Take(rank).ToArray();
        var result = new float[a.Rows * rank];
        for (var r = 0; r < a.Rows; r++)
        {
            var q = y.AsSpan(r * l, l);
            for (var k = 0; k < rank; k++)
            {
                var e = order[k];
                var sum = 0.0;
                for (var i = 0; i < l; i++)
                {
                    sum += q[i] * vectors[(i * l) + e];
                }

                // U Σ^½: Σ = sqrt(eigenvalue), so the weight is eigenvalue^¼.
                result[(r * rank) + k] = (float)(sum * Math.Pow(Math.Max(values[e], 0), 0.25));
            }
        }

        return result;
    }

    /// <summary>Modified Gram–Schmidt on the columns of a rows × k row-major matrix.</summary>
    private static void Orthonormalise(float[] m, int rows, int k)
    {
        for (var j = 0; j < k; j++)
        {
            for (var i = 0; i < j; i++)
            {
                var dot = 0.0;
                for (var r = 0; r < rows; r++)
                {
                    dot += (double)m[(r * k) + i] * m[(r * k) + j];
                }

                for (var r = 0; r < rows; r++)
                {
                    m[(r * k) + j] -= (float)(dot * m[(r * k) + i]);
                }
            }

            var norm = 0.0;
            for (var r = 0; r < rows; r++)
            {
                norm += (double)m[(r * k) + j] * m[(r * k) + j];
            }

            var scale = norm > 1e-20 ? 1 / Math.Sqrt(norm) : 0;
            for (var r = 0; r < rows; r++)
            {
                m[(r * k) + j] = (float)(m[(r * k) + j] * scale);
            }
        }
    }

    private static float Gaussian(Random random)
    {
        var u = 1 - random.NextDouble();
        var v = random.NextDouble();
        return (float)(Math.Sqrt(-2 * Math.Log(u)) * Math.Cos(2 * Math.PI * v));
    }
}
