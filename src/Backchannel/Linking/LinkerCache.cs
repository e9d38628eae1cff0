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

    // Misses since the last emptying. ConcurrentDictionary.Count takes every one of the table's locks (hundreds once
    // it has grown), which cost more than the answer on each miss. Threads racing past an emptying may each still add
    // one entry, so the table can exceed the bound by at most the number of threads.
    private int misses;

    /// <summary>The number of entries held (takes the table's locks: for tests and diagnostics, not hot paths).</summary>
    public int Count => entries.Count;

    public TValue GetOrAdd(TKey key, Func<TKey, TValue> compute)
    {
        if (entries.TryGetValue(key, out var value))
        {
            return value;
        }

        if (Interlocked.Increment(ref misses) > capacity)
        {
            entries.Clear();
            Interlocked.Exchange(ref misses, 1);
        }

        return entries.GetOrAdd(key, compute);
    }
}
