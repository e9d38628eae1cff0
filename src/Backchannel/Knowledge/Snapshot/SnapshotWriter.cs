using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Backchannel.Knowledge.Model;

namespace Backchannel.Knowledge.Snapshot;

/// <summary>
/// Writes a parsed <see cref="KnowledgeBase"/> as a snapshot (<see cref="SnapshotFormat"/>): every entity and every
/// index exactly as the record built them, so reading it back needs no parsing and no index building. Deterministic
/// for the same record and engine build.
/// </summary>
internal sealed class SnapshotWriter
{
    private readonly Dictionary<string, int> stringIds = new(StringComparer.Ordinal);
    private readonly List<string> strings = [];
    private readonly Dictionary<KbEntity, int> entityIndex = new(ReferenceEqualityComparer.Instance);

    /// <summary>Writes <paramref name="kb"/> to <paramref name="path"/> atomically (a temporary file, then a rename).</summary>
    public static void Write(string path, KnowledgeBase kb, ReadOnlySpan<byte> sourceSha256)
    {
        ArgumentNullException.ThrowIfNull(kb);
        var bytes = new SnapshotWriter().Build(kb, sourceSha256);
        var full = Path.GetFullPath(path);
        var temp = $"{full}.tmp-{Environment.ProcessId}-{Environment.CurrentManagedThreadId}";
        try
        {
            File.WriteAllBytes(temp, bytes);
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <summary>The snapshot's bytes.</summary>
    internal byte[] Build(KnowledgeBase kb, ReadOnlySpan<byte> sourceSha256)
    {
        var entities = kb.Entities;
        for (var i = 0; i < entities.Length; i++)
        {
            entityIndex[entities[i]] = i;
        }

        var sections = new List<int[]>();
        var entityOffsets = new int[entities.Length + 1];
        var entityData = new List<int>(entities.Length * 16);
        for (var i = 0; i < entities.Length; i++)
        {
            var e = entities[i];
            entityData.Add(Str(e.Id));
            entityData.Add(Str(e.Schema));
            entityData.Add(e.Properties.Count);
            foreach (var (key, values) in e.Properties)
            {
                entityData.Add(Str(key));
                entityData.Add(values.Length);
                foreach (var value in values)
                {
                    entityData.Add(Str(value));
                }
            }

            entityOffsets[i + 1] = entityData.Count;
        }

        var byId = Enumerable.Range(0, entities.Length).OrderBy(i => entities[i].Id, StringComparer.Ordinal).ToArray();
        var (exact, loose, surnames, termsByHolder, termsByPost, sanctions, relations, aliases, schemas) = kb.Indexes;
        var indexes = new List<int[]>();
        Keyed(indexes, exact, n => [Str(n.EntityId), Str(n.Name), Str(n.Kind), n.Alias is null ? -1 : entityIndex[n.Alias.Entity]]);
        Keyed(indexes, loose, n => [Str(n.EntityId), Str(n.Name), Str(n.Kind), n.Alias is null ? -1 : entityIndex[n.Alias.Entity]]);
        Keyed(indexes, surnames, id => [Str(id)]);
        Keyed(indexes, termsByHolder, t => [entityIndex[t.Entity]]);
        Keyed(indexes, termsByPost, t => [entityIndex[t.Entity]]);
        Keyed(indexes, sanctions, s => [entityIndex[s.Entity]]);
        Keyed(indexes, relations, r => [entityIndex[r.Entity]]);
        Keyed(indexes, aliases, a => [entityIndex[a.Entity]]);
        Keyed(indexes, schemas, e => [entityIndex[e]]);

        // Strings last in code, first in the file: every section above has added its strings by now.
        var stringOffsets = new int[strings.Count + 1];
        var chars = new List<char>(strings.Sum(s => s.Length));
        for (var i = 0; i < strings.Count; i++)
        {
            chars.AddRange(strings[i]);
            stringOffsets[i + 1] = chars.Count;
        }

        sections.Add(stringOffsets);
        sections.Add(CharsAsInts(CollectionsMarshal.AsSpan(chars), out var charCount));
        sections.Add(entityOffsets);
        sections.Add([.. entityData]);
        sections.Add(byId);
        sections.AddRange(indexes);

        var payloadLength = sections.Sum(s => 4L + (4L * s.Length));
        var bytes = new byte[SnapshotFormat.HeaderLength + payloadLength];
        var at = SnapshotFormat.HeaderLength;
        for (var s = 0; s < sections.Count; s++)
        {
            // The chars section counts chars, not ints, so the reader knows where the padding starts.
            BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(at), s == 1 ? charCount : sections[s].Length);
            at += 4;
            MemoryMarshal.AsBytes(sections[s].AsSpan()).CopyTo(bytes.AsSpan(at));
            at += 4 * sections[s].Length;
        }

        var header = bytes.AsSpan(0, SnapshotFormat.HeaderLength);
        SnapshotFormat.Magic.CopyTo(header);
        BinaryPrimitives.WriteInt32LittleEndian(header[8..], SnapshotFormat.Version);
        SnapshotReader.BuildId.TryWriteBytes(header[12..28]);
        sourceSha256.CopyTo(header[28..60]);
        SHA256.HashData(bytes.AsSpan(SnapshotFormat.HeaderLength), header[60..92]);
        BinaryPrimitives.WriteInt64LittleEndian(header[92..], payloadLength);
        return bytes;
    }

    private int Str(string value)
    {
        if (!stringIds.TryGetValue(value, out var id))
        {
            stringIds[value] = id = strings.Count;
            strings.Add(value);
        }

        return id;
    }

    /// <summary>Keys sorted ordinally (the reader binary-searches them), item starts, then the items.</summary>
    private void Keyed<T>(List<int[]> sections, KeyedLists<T> index, Func<T, int[]> item)
    {
        var keys = index.Keys.Order(StringComparer.Ordinal).ToArray();
        var starts = new int[keys.Length + 1];
        var items = new List<int>();
        for (var k = 0; k < keys.Length; k++)
        {
            foreach (var value in index.Get(keys[k]))
            {
                items.AddRange(item(value));
            }

            starts[k + 1] = items.Count;
        }

        sections.Add([.. keys.Select(Str)]);
        sections.Add(starts);
        sections.Add([.. items]);
    }

    private static int[] CharsAsInts(ReadOnlySpan<char> chars, out int count)
    {
        count = chars.Length;
        var ints = new int[(chars.Length + 1) / 2];
        chars.CopyTo(MemoryMarshal.Cast<int, char>(ints.AsSpan()));
        return ints;
    }
}
