namespace Backchannel.Learning;

/// <summary>
/// The hashed features of every position of one sequence, stored flat (compressed rows): one int array of feature
/// buckets and one of row ends. Reused across sentences by <see cref="Clear"/>, so extraction allocates nothing once warm.
/// </summary>
public sealed class FeatureSequence
{
    private int[] _features;
    private int[] _ends;

    /// <summary>Creates an empty sequence with room for a typical sentence.</summary>
    public FeatureSequence(int positions = 64, int featuresPerPosition = 48)
    {
        _features = new int[positions * featuresPerPosition];
        _ends = new int[positions];
    }

    /// <summary>Positions completed with <see cref="EndPosition"/>.</summary>
    public int Length { get; private set; }

    private int _count;

    /// <summary>Adds a feature bucket to the current position.</summary>
    public void Add(int bucket)
    {
        if (_count == _features.Length)
        {
            Array.Resize(ref _features, _features.Length * 2);
        }

        _features[_count++] = bucket;
    }

    /// <summary>Closes the current position; later features go to the next one.</summary>
    public void EndPosition()
    {
        if (Length == _ends.Length)
        {
            Array.Resize(ref _ends, _ends.Length * 2);
        }

        _ends[Length++] = _count;
    }

    /// <summary>The feature buckets of one position.</summary>
    public ReadOnlySpan<int> At(int position)
    {
        var start = position == 0 ? 0 : _ends[position - 1];
        return _features.AsSpan(start, _ends[position] - start);
    }

    /// <summary>Empties the sequence, keeping its buffers.</summary>
    public void Clear()
    {
        Length = 0;
        _count = 0;
    }

    /// <summary>A compact copy (training keeps every sentence's features in memory).</summary>
    public FeatureSequence Freeze()
    {
        var copy = new FeatureSequence(0, 0)
        {
            _features = _features.AsSpan(0, _count).ToArray(),
            _ends = _ends.AsSpan(0, Length).ToArray(),
            Length = Length,
            _count = _count,
        };
        return copy;
    }
}
