namespace Backchannel.Learning;

/// <summary>
/// A stable 64-bit hash of feature strings (FNV-1a over UTF-16 units, then a murmur finaliser). Stable across
/// processes and machines, unlike <see cref="string.GetHashCode()"/>, so a model file means the same everywhere.
/// </summary>
public static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>Starts a hash; continue it with <see cref="Add(ulong, ReadOnlySpan{char})"/>.</summary>
    public static ulong Start(ReadOnlySpan<char> prefix) => Add(Offset, prefix);

    /// <summary>Continues a hash with more characters (lets a feature be hashed from pieces, with no string built).</summary>
    public static ulong Add(ulong hash, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            hash = (hash ^ c) * Prime;
        }

        return hash;
    }

    /// <summary>Continues a hash with one character.</summary>
    public static ulong Add(ulong hash, char c) => (hash ^ c) * Prime;

    /// <summary>Continues a hash with an integer (e.g. a cluster id or an offset).</summary>
    public static ulong Add(ulong hash, int value)
    {
        hash = (hash ^ (uint)(value & 0xFFFF)) * Prime;
        return (hash ^ (uint)(value >>> 16)) * Prime;
    }

    /// <summary>Maps a hash to one of <c>2^bits</c> buckets after mixing its bits.</summary>
    public static int Bucket(ulong hash, int bits)
    {
        hash ^= hash >> 33;
        hash *= 0xff51afd7ed558ccdUL;
        hash ^= hash >> 33;
        hash *= 0xc4ceb9fe1a85ec53UL;
        hash ^= hash >> 33;
        return (int)(hash & ((1UL << bits) - 1));
    }

    /// <summary>Hashes a whole feature string into a bucket.</summary>
    public static int Bucket(ReadOnlySpan<char> feature, int bits) => Bucket(Start(feature), bits);
}
