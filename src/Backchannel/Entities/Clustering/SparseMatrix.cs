namespace Backchannel.Entities.Clustering;

/// <summary>A compressed-sparse-row matrix of floats (rows = words, columns = contexts).</summary>
internal sealed class SparseMatrix(int rows, int columns, int[] rowEnds, int[] columnIndex, float[] values)
{
    public int Rows { get; } = rows;

    public int Columns { get; } = columns;

    public int[] RowEnds { get; } = rowEnds;

    public int[] ColumnIndex { get; } = columnIndex;

    public float[] Values { get; } = values;

    public int RowStart(int row) => row == 0 ? 0 : RowEnds[row - 1];

    /// <summary>this × dense (Columns × k, row-major) → Rows × k.</summary>
    public float[] Times(float[] dense, int k)
    {
        var result = new float[Rows * k];
        Parallel.For(0, Rows, row =>
        {
            var target = result.AsSpan(row * k, k);
            for (var n = RowStart(row); n < RowEnds[row]; n++)
            {
                var source = dense.AsSpan(ColumnIndex[n] * k, k);
                var v = Values[n];
                for (var j = 0; j < k; j++)
                {
                    target[j] += v * source[j];
                }
            }
        });
        return result;
    }

    /// <summary>thisᵀ × dense (Rows × k, row-major) → Columns × k. Sequential, so sums are reproducible.</summary>
    public float[] TransposeTimes(float[] dense, int k)
    {
        var result = new float[Columns * k];
        for (var row = 0; row < Rows; row++)
        {
            var source = dense.AsSpan(row * k, k);
            for (var n = RowStart(row); n < RowEnds[row]; n++)
            {
                var target = result.AsSpan(ColumnIndex[n] * k, k);
                var v = Values[n];
                for (var j = 0; j < k; j++)
                {
                    target[j] += v * source[j];
                }
            }
        }

        return result;
    }
}
