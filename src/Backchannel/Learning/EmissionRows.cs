namespace Backchannel.Learning;

/// <summary>
/// The emission weights of a model read from a file, kept as only its used buckets' rows (<see cref="SparseRows"/>):
/// a hashed model is mostly empty buckets, so the dense <c>2^bits × labels</c> float table (70–190 MB for the shipped
/// models) is never built just to be scanned once for the compact decoding tables and then kept alive. A loaded model
/// starts in tens of milliseconds instead of hundreds, and a process that analyses one article stays small.
/// Row 0 is the shared empty row, all zero, as in every compact table here.
/// </summary>
internal sealed class EmissionRows
{
    private readonly float[] _weights;

    /// <summary>Wraps <paramref name="weights"/>: <c>map.Rows × labels</c> floats, row-major, row 0 all zero.</summary>
    public EmissionRows(SparseRows map, float[] weights, int labels)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Length != map.Rows * labels)
        {
            throw new ArgumentException("Row weights do not match rows × labels.", nameof(weights));
        }

        Map = map;
        Labels = labels;
        _weights = weights;
    }

    /// <summary>Which buckets hold weights, and the row of each.</summary>
    public SparseRows Map { get; }

    /// <summary>Weights per row.</summary>
    public int Labels { get; }

    /// <summary>Rows, counting the empty row 0.</summary>
    public int Rows => Map.Rows;

    /// <summary>All rows' weights, row-major (row 0 first, all zero).</summary>
    public ReadOnlySpan<float> Weights => _weights;

    /// <summary>The weights of one compact row.</summary>
    public ReadOnlySpan<float> Row(int row) => _weights.AsSpan(row * Labels, Labels);

    /// <summary>The weights of one bucket: the empty row's zeros when it holds none.</summary>
    public ReadOnlySpan<float> Bucket(int bucket) => Row(Map.Row(bucket));

    /// <summary>The dense bucket-major table (<c>[bucket * labels + label]</c>), for training, averaging and saving.</summary>
    public float[] ToDense()
    {
        var dense = new float[Map.Buckets * Labels];
        for (var b = 0; b < Map.Buckets; b++)
        {
            var row = Map.Row(b);
            if (row != 0)
            {
                Row(row).CopyTo(dense.AsSpan(b * Labels, Labels));
            }
        }

        return dense;
    }
}
