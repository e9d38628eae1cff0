using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Backchannel.Knowledge.Snapshot;

/// <summary>
/// An index as the snapshot stores it: keys sorted ordinally (found by binary search on their characters, so a lookup
/// makes no string) and each key's items. A key's list is made on first lookup and kept.
/// </summary>
internal sealed class SnapshotLists<T> : KeyedLists<T>
{
    private readonly SnapshotRecord record;
    private readonly (int Offset, int Count) keys;
    private readonly (int Offset, int Count) starts;
    private readonly (int Offset, int Count) items;
    private readonly int width;
    private readonly Func<ReadOnlySpan<int>, T> make;
    private readonly T[]?[] lists;

    public SnapshotLists(SnapshotRecord record, (int Offset, int Count) keys, (int Offset, int Count) starts, (int Offset, int Count) items, int width, Func<ReadOnlySpan<int>, T> make)
    {
        this.record = record;
        this.keys = keys;
        this.starts = starts;
        this.items = items;
        this.width = width;
        this.make = make;
        if (starts.Count != keys.Count + 1 || record.Ints(starts)[^1] != items.Count)
        {
            throw new InvalidDataException("an index's keys and items do not add up");
        }

        lists = new T[]?[keys.Count];
    }

    public override int Count => keys.Count;

    public override IEnumerable<string> Keys
    {
        get
        {
            for (var k = 0; k < keys.Count; k++)
            {
                yield return record.String(record.Ints(keys)[k]);
            }
        }
    }

    public override ImmutableArray<T> Get(string key)
    {
        var k = Find(key);
        if (k < 0)
        {
            return [];
        }

        var list = Volatile.Read(ref lists[k]);
        if (list is null)
        {
            var range = record.Ints(starts);
            var count = (range[k + 1] - range[k]) / width;
            list = new T[count];
            for (var i = 0; i < count; i++)
            {
                list[i] = make(record.Ints(items).Slice(range[k] + (i * width), width));
            }

            list = Interlocked.CompareExchange(ref lists[k], list, null) ?? list;
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(list);
    }

    private int Find(string key)
    {
        var stored = record.Ints(keys);
        int lo = 0, hi = stored.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var c = record.StringSpan(stored[mid]).SequenceCompareTo(key);
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
