using System.Collections.Immutable;

namespace Backchannel.Knowledge;

/// <summary>
/// One index of the record: a key (a name key, an entity id) to the items filed under it. Built from entities when a
/// KB file is parsed (<see cref="DictionaryLists{T}"/>), or read as it was stored from a snapshot
/// (<c>Snapshot/SnapshotLists</c>), so loading a snapshot rebuilds no index.
/// </summary>
internal abstract class KeyedLists<T>
{
    /// <summary>The items under <paramref name="key"/> (empty when none).</summary>
    public abstract ImmutableArray<T> Get(string key);

    /// <summary>Every key, in no particular order.</summary>
    public abstract IEnumerable<string> Keys { get; }

    /// <summary>How many keys there are.</summary>
    public abstract int Count { get; }
}

/// <summary>An index held in a dictionary, as built from parsed entities.</summary>
internal sealed class DictionaryLists<T>(Dictionary<string, ImmutableArray<T>> lists) : KeyedLists<T>
{
    public Dictionary<string, ImmutableArray<T>> Lists { get; } = lists;

    public override ImmutableArray<T> Get(string key) => Lists.GetValueOrDefault(key, []);

    public override IEnumerable<string> Keys => Lists.Keys;

    public override int Count => Lists.Count;
}
