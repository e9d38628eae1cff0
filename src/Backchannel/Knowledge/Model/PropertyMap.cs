using System.Collections;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace Backchannel.Knowledge.Model;

/// <summary>
/// An entity's properties: keys sorted ordinally, looked up by binary search. Entities have a handful of properties
/// and the KB holds ~100,000 of them, so two flat arrays load and index far faster than a tree or hash map each.
/// </summary>
public sealed class PropertyMap : IReadOnlyDictionary<string, ImmutableArray<string>>
{
    private readonly string[] keys;
    private readonly ImmutableArray<string>[] values;

    /// <summary>Takes ownership of the arrays; <paramref name="keys"/> must be sorted ordinally and unique.</summary>
    internal PropertyMap(string[] keys, ImmutableArray<string>[] values)
    {
        this.keys = keys;
        this.values = values;
    }

    /// <summary>A map with no properties.</summary>
    public static PropertyMap Empty { get; } = new([], []);

    /// <summary>Builds a map from unsorted pairs (later duplicates of a key are ignored).</summary>
    internal static PropertyMap FromUnsorted(List<KeyValuePair<string, ImmutableArray<string>>> pairs)
    {
        pairs.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        var keys = new List<string>(pairs.Count);
        var values = new List<ImmutableArray<string>>(pairs.Count);
        foreach (var (key, value) in pairs)
        {
            if (keys.Count > 0 && keys[^1] == key)
            {
                continue;
            }

            keys.Add(key);
            values.Add(value);
        }

        return new PropertyMap([.. keys], [.. values]);
    }

    /// <inheritdoc />
    public ImmutableArray<string> this[string key] =>
        TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    /// <inheritdoc />
    public IEnumerable<string> Keys => keys;

    /// <inheritdoc />
    public IEnumerable<ImmutableArray<string>> Values => values;

    /// <inheritdoc />
    public int Count => keys.Length;

    /// <inheritdoc />
    public bool ContainsKey(string key) => Find(key) >= 0;

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out ImmutableArray<string> value)
    {
        var i = Find(key);
        value = i >= 0 ? values[i] : default;
        return i >= 0;
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, ImmutableArray<string>>> GetEnumerator()
    {
        for (var i = 0; i < keys.Length; i++)
        {
            yield return new KeyValuePair<string, ImmutableArray<string>>(keys[i], values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int Find(string key)
    {
        int lo = 0, hi = keys.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var c = string.CompareOrdinal(keys[mid], key);
            if (c == 0)
            {
                return mid;
            }

            if (c < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return -1;
    }
}
