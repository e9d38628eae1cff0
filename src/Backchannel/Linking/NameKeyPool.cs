using Backchannel.Knowledge.Names;

namespace Backchannel.Linking;

/// <summary>
/// Name keys (<see cref="NameKey"/>) kept as one string per distinct key, for one thread's linking runs. A corpus names
/// the same people and places over and over, so a key is built in a stack buffer and looked up by its characters: only
/// a key not seen before allocates. Bounded: emptied when it grows past <see cref="Capacity"/> keys, so a corpus of
/// many distinct names does not grow it without limit.
/// </summary>
internal sealed class NameKeyPool
{
    /// <summary>Most keys kept before the pool starts over.</summary>
    public const int Capacity = 1 << 16;

    // Longer names take the allocating path: they are rare, and a bigger stack buffer would cost every call.
    private const int MaxStackName = 128;

    private readonly HashSet<string> keys = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public NameKeyPool() => lookup = keys.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Keys held now.</summary>
    public int Count => keys.Count;

    /// <summary>The pooled string equal to <paramref name="chars"/>.</summary>
    public string Get(ReadOnlySpan<char> chars)
    {
        if (chars.IsEmpty)
        {
            return "";
        }

        if (lookup.TryGetValue(chars, out var key))
        {
            return key;
        }

        if (keys.Count >= Capacity)
        {
            keys.Clear();
        }

        key = new string(chars);
        keys.Add(key);
        return key;
    }

    // A key built the allocating way: kept as it is unless an equal one is pooled already.
    private string Intern(string built)
    {
        if (keys.TryGetValue(built, out var key))
        {
            return key;
        }

        if (keys.Count >= Capacity)
        {
            keys.Clear();
        }

        keys.Add(built);
        return built;
    }

    /// <summary><see cref="NameKey.Exact"/> of <paramref name="name"/>, pooled.</summary>
    public string Exact(ReadOnlySpan<char> name)
    {
        Span<char> buffer = stackalloc char[MaxStackName];
        return NameKey.TryExact(name, buffer, out var length) ? Get(buffer[..length]) : Intern(NameKey.Exact(name));
    }

    /// <summary><see cref="NameKey.LooseFromExact(string)"/> of an exact key (or a word of one), pooled.</summary>
    public string LooseFromExact(ReadOnlySpan<char> exact)
    {
        if (exact.Length > MaxStackName)
        {
            return Intern(NameKey.LooseFromExact(exact.ToString()));
        }

        Span<char> buffer = stackalloc char[MaxStackName];
        return Get(buffer[..NameKey.LooseFromExact(exact, buffer)]);
    }
}
