using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Backchannel.Knowledge.Model;
using System.Runtime.CompilerServices;

namespace Backchannel.Knowledge.Snapshot;

/// <summary>
/// The record as a snapshot holds it: the file's bytes (mapped, see <see cref="MappedFile"/>), and views of its sections. Strings, entities and
/// the typed views (terms, sanctions, relations, aliases) are made the first time something asks for them and then
/// kept, one object per entity, so a command that asks about one actor decodes a few dozen entities, not 90,000.
/// Thread-safe: a race makes an object twice and one of them is kept for everyone.
/// </summary>
internal sealed class SnapshotRecord
{
    private readonly ReadOnlyMemory<byte> data;
    private readonly (int Offset, int Count) stringOffsets;
    private readonly (int Offset, int Count) chars;
    private readonly (int Offset, int Count) entityOffsets;
    private readonly (int Offset, int Count) entityData;
    private readonly (int Offset, int Count) idOrder;
    private readonly string?[] strings;
    private readonly KbEntity?[] entities;
    private readonly object?[] views;

    /// <summary>The snapshot's header: magic, format version, engine build, source hash, payload hash and length.</summary>
    public ReadOnlySpan<byte> Header => data.Span[..SnapshotFormat.HeaderLength];

    // Load-time loop run once per process: compiled fully optimised at once, not left in tier-0 code (issue 17).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public SnapshotRecord(ReadOnlyMemory<byte> data)
    {
        this.data = data;
        var sections = SnapshotReader.Sections(data.Span);
        (stringOffsets, chars, entityOffsets, entityData, idOrder) = (sections[0], sections[1], sections[2], sections[3], sections[4]);
        Count = idOrder.Count;
        if (stringOffsets.Count < 1 || entityOffsets.Count != Count + 1 || Ints(stringOffsets)[^1] != chars.Count || Ints(entityOffsets)[^1] != entityData.Count)
        {
            throw new InvalidDataException("its string or entity tables do not add up");
        }

        strings = new string?[stringOffsets.Count - 1];
        entities = new KbEntity?[Count];
        views = new object?[Count];
        var index = 5;
        SnapshotLists<T> Next<T>(int width, Func<ReadOnlySpan<int>, T> make)
        {
            var lists = new SnapshotLists<T>(this, sections[index], sections[index + 1], sections[index + 2], width, make);
            index += 3;
            return lists;
        }

        ExactNames = Next(4, NameEntryAt);
        LooseNames = Next(4, NameEntryAt);
        Surnames = Next(1, item => String(item[0]));
        TermsByHolder = Next(1, item => View(item[0], e => new Occupancy(e)));
        TermsByPost = Next(1, item => View(item[0], e => new Occupancy(e)));
        SanctionsByEntity = Next(1, item => View(item[0], e => new Sanction(e)));
        RelationsByPerson = Next(1, item => View(item[0], e => new Relation(e)));
        AliasesByEntity = Next(1, item => View(item[0], e => new NameAlias(e)));
        Schemas = Next(1, item => Entity(item[0]));
    }

    public int Count { get; }

    public SnapshotLists<NameEntry> ExactNames { get; }

    public SnapshotLists<NameEntry> LooseNames { get; }

    public SnapshotLists<string> Surnames { get; }

    public SnapshotLists<Occupancy> TermsByHolder { get; }

    public SnapshotLists<Occupancy> TermsByPost { get; }

    public SnapshotLists<Sanction> SanctionsByEntity { get; }

    public SnapshotLists<Relation> RelationsByPerson { get; }

    public SnapshotLists<NameAlias> AliasesByEntity { get; }

    private SnapshotLists<KbEntity> Schemas { get; }

    public KeyedLists<KbEntity> BySchema() => Schemas;

    /// <summary>Every entity in load order (decodes them all).</summary>
    public ImmutableArray<KbEntity> All()
    {
        var all = new KbEntity[Count];
        for (var i = 0; i < all.Length; i++)
        {
            all[i] = Entity(i);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(all);
    }

    /// <summary>The entity with <paramref name="id"/>, found by binary search over the stored id order.</summary>
    public KbEntity? Get(string id)
    {
        var order = Ints(idOrder);
        int lo = 0, hi = order.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var c = StringSpan(Id(order[mid])).SequenceCompareTo(id);
            if (c == 0)
            {
                return Entity(order[mid]);
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

        return null;
    }

    /// <summary>The characters of string <paramref name="number"/>, without making a string.</summary>
    public ReadOnlySpan<char> StringSpan(int number)
    {
        var offsets = Ints(stringOffsets);
        return MemoryMarshal.Cast<byte, char>(data.Span.Slice(chars.Offset, 2 * chars.Count))[offsets[number]..offsets[number + 1]];
    }

    /// <summary>String <paramref name="number"/>, made once.</summary>
    public string String(int number)
    {
        var made = strings[number];
        if (made is null)
        {
            made = new string(StringSpan(number));
            strings[number] = made;
        }

        return made;
    }

    /// <summary>Entity <paramref name="index"/> (load order), decoded once.</summary>
    public KbEntity Entity(int index)
    {
        var made = Volatile.Read(ref entities[index]);
        return made ?? Interlocked.CompareExchange(ref entities[index], Decode(index), null) ?? entities[index]!;
    }

    private int Id(int index) => Ints(entityData)[Ints(entityOffsets)[index]];

    private KbEntity Decode(int index)
    {
        var offsets = Ints(entityOffsets);
        var span = Ints(entityData)[offsets[index]..offsets[index + 1]];
        var count = span[2];
        var keys = new string[count];
        var values = new ImmutableArray<string>[count];
        var at = 3;
        for (var p = 0; p < count; p++)
        {
            keys[p] = String(span[at]);
            var n = span[at + 1];
            var list = new string[n];
            for (var v = 0; v < n; v++)
            {
                list[v] = String(span[at + 2 + v]);
            }

            values[p] = ImmutableCollectionsMarshal.AsImmutableArray(list);
            at += 2 + n;
        }

        return new KbEntity(String(span[0]), String(span[1]), new PropertyMap(keys, values));
    }

    /// <summary>The typed view of entity <paramref name="index"/> (a term, a sanction, …), made once.</summary>
    private T View<T>(int index, Func<KbEntity, T> make)
        where T : class
    {
        if (Volatile.Read(ref views[index]) is T made)
        {
            return made;
        }

        return (T)(Interlocked.CompareExchange(ref views[index], make(Entity(index)), null) ?? views[index]!);
    }

    private NameEntry NameEntryAt(ReadOnlySpan<int> item) =>
        new(String(item[0]), String(item[1]), String(item[2]), item[3] < 0 ? null : View(item[3], e => new NameAlias(e)));

    /// <summary>A section of int32s as a span over the file's bytes (no copy).</summary>
    public ReadOnlySpan<int> Ints((int Offset, int Count) section) => MemoryMarshal.Cast<byte, int>(data.Span.Slice(section.Offset, 4 * section.Count));
}
