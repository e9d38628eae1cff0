using System.Collections.Concurrent;

namespace Backchannel.Linking;

/// <summary>
/// Answers the linker may reuse across documents because they depend only on the (immutable) knowledge base, a key and
/// the day: which names the record does not know at all, who holds a post on a day. Shared by every thread; emptied
/// when it grows past a bound, so a corpus of many distinct names cannot grow it without limit.
/// </summary>
internal sealed class LinkerCache<TKey, TValue>(int capacity)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> entries = new();

    public TValue GetOrAdd(TKey key, Func<TKey, TValue> compute)
    {
        if (entries.TryGetValue(key, out var value))
        {
            return value;
        }

        if (entries.Count >= capacity)
        {
            entries.Clear();
        }

        return entries.GetOrAdd(key, compute);
    }
}
