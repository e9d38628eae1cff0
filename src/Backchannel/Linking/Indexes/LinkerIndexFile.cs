using System.Security.Cryptography;
using System.Text;
using Backchannel.Diagnostics;
using Backchannel.Knowledge;
using Backchannel.Knowledge.Model;
using Backchannel.Knowledge.Roles;
using System.Runtime.CompilerServices;

namespace Backchannel.Linking;

/// <summary>
/// <c>linker.snapshot</c>, beside the record's <c>kb.snapshot</c>: the linker's record-wide indexes
/// (<see cref="LinkerIndexes"/>) in binary, so a cold start reads them (tens of milliseconds) instead of decoding every
/// entity and folding every name (over a second). Derived data only, never a source of truth:
/// <code>
/// "BCLINKIX", int32 version, the kb.snapshot header it was built from (source hash, engine build, payload hash),
/// SHA-256 of the payload, payload: strings once each, then surnames, given names by surname, the unknown-name
/// filter's words, given names, place names and descriptive aliases, as string numbers
/// </code>
/// A file whose kb.snapshot header differs (another record or engine build; the role lexicon and gazetteers are
/// embedded in the engine) or whose payload hash fails is rebuilt from the record and rewritten; a folder that cannot
/// be written only costs the rebuild. Written by <c>kb snapshot</c> (so the build ships it) and on first use.
/// </summary>
internal static class LinkerIndexFile
{
    /// <summary>The file name beside kb.snapshot.</summary>
    public const string FileName = "linker.snapshot";

    private const int Version = 1;
    private static ReadOnlySpan<byte> Magic => "BCLINKIX"u8;

    /// <summary>
    /// The indexes of a record read from a snapshot: read from the file when it matches, else built and written; null
    /// for a record that was parsed rather than read from a snapshot (the caller builds them, nothing is stored).
    /// </summary>
    public static LinkerIndexes? TryLoadOrWrite(KnowledgeBase kb)
    {
        ArgumentNullException.ThrowIfNull(kb);
        if (kb.SnapshotPath is not { } snapshotPath || kb.SnapshotHeader.IsEmpty)
        {
            return null;
        }

        var path = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(snapshotPath))!, FileName);
        var key = kb.SnapshotHeader.ToArray();
        if (TryRead(path, key, kb) is { } stored)
        {
            LoadLog.Phase("linker indexes read");
            return stored;
        }

        var built = LinkerIndexes.Build(kb, RoleLexicon.Default);
        LoadLog.Phase("linker indexes built");
        try
        {
            Write(path, key, built);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            LoadLog.Phase($"linker indexes not written: {ex.Message}");
        }

        return built;
    }

    /// <summary>Writes <paramref name="indexes"/> for the record whose snapshot header is <paramref name="key"/>, atomically.</summary>
    public static void Write(string path, ReadOnlySpan<byte> key, LinkerIndexes indexes)
    {
        var payload = Payload(indexes);
        using var file = new MemoryStream();
        file.Write(Magic);
        file.Write(BitConverter.GetBytes(Version));
        file.Write(BitConverter.GetBytes(key.Length));
        file.Write(key);
        file.Write(SHA256.HashData(payload));
        file.Write(payload);
        var temp = $"{path}.tmp-{Environment.ProcessId}-{Environment.CurrentManagedThreadId}";
        try
        {
            File.WriteAllBytes(temp, file.ToArray());
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <summary>The stored indexes when the file exists, matches <paramref name="key"/> and is whole; otherwise null.</summary>
    public static LinkerIndexes? TryRead(string path, ReadOnlySpan<byte> key, KnowledgeBase kb)
    {
        byte[] data;
        try
        {
            if (!File.Exists(path))
            {
                return null;
            }

            data = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        var head = Magic.Length + 8;
        if (data.Length < head || !data.AsSpan(0, Magic.Length).SequenceEqual(Magic) || BitConverter.ToInt32(data, Magic.Length) != Version)
        {
            return null;
        }

        var keyLength = BitConverter.ToInt32(data, Magic.Length + 4);
        var payloadAt = head + keyLength + 32;
        if (keyLength != key.Length || data.Length < payloadAt || !data.AsSpan(head, keyLength).SequenceEqual(key)
            || !SHA256.HashData(data.AsSpan(payloadAt)).AsSpan().SequenceEqual(data.AsSpan(head + keyLength, 32)))
        {
            LoadLog.Phase("linker indexes stale or damaged: rebuilding");
            return null;
        }

        try
        {
            return Read(new BinaryReader(new MemoryStream(data, payloadAt, data.Length - payloadAt), Encoding.UTF8), kb);
        }
        catch (Exception ex) when (ex is InvalidDataException or EndOfStreamException or ArgumentException or IndexOutOfRangeException)
        {
            LoadLog.Phase($"linker indexes unreadable ({ex.Message}): rebuilding");
            return null;
        }
    }

    private static byte[] Payload(LinkerIndexes indexes)
    {
        var strings = new Dictionary<string, int>(StringComparer.Ordinal);
        var order = new List<string>();
        int S(string value)
        {
            if (!strings.TryGetValue(value, out var id))
            {
                strings[value] = id = order.Count;
                order.Add(value);
            }

            return id;
        }

        // Sections first into an int list (numbering the strings as they come), then the string table ahead of them.
        var ints = new List<int>();
        ints.Add(indexes.LooseSurnames.Count);
        foreach (var (surname, ids) in indexes.LooseSurnames)
        {
            ints.Add(S(surname));
            ints.Add(ids.Length);
            ints.AddRange(ids.Select(S));
        }

        ints.Add(indexes.GivenBySurname.Count);
        foreach (var (surname, pairs) in indexes.GivenBySurname)
        {
            ints.Add(S(surname));
            ints.Add(pairs.Length);
            foreach (var (given, id) in pairs)
            {
                ints.Add(S(given));
                ints.Add(S(id));
            }
        }

        var givenNames = indexes.Evidence.GivenNames.Order(StringComparer.Ordinal).ToList();
        ints.Add(givenNames.Count);
        ints.AddRange(givenNames.Select(S));
        var placeNames = indexes.Evidence.PlaceNames.Order(StringComparer.Ordinal).ToList();
        ints.Add(placeNames.Count);
        ints.AddRange(placeNames.Select(S));
        var entries = indexes.Aliases.Entries;
        ints.Add(entries.Count);
        foreach (var (first, entry) in entries)
        {
            ints.Add(S(first));
            ints.Add(S(entry.Key));
            ints.Add(S(entry.EntityId));
            ints.Add(entry.Alias is { } alias ? S(alias.Entity.Id) : -1);
            ints.Add((int)entry.Kind);
            ints.Add(entry.WithArticle ? 1 : 0);
            ints.Add(S(entry.Name));
        }

        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(order.Count);
            foreach (var value in order)
            {
                writer.Write(value);
            }

            writer.Write(ints.Count);
            foreach (var value in ints)
            {
                writer.Write(value);
            }

            var words = indexes.UnknownNames.Words;
            writer.Write(indexes.UnknownNames.Shift);
            writer.Write(words.Length);
            foreach (var word in words)
            {
                writer.Write(word);
            }
        }

        return stream.ToArray();
    }

    // Load-time loop run once per process: compiled fully optimised at once, not left in tier-0 code (issue 17).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static LinkerIndexes Read(BinaryReader reader, KnowledgeBase kb)
    {
        var strings = new string[Count(reader)];
        for (var i = 0; i < strings.Length; i++)
        {
            strings[i] = reader.ReadString();
        }

        var ints = new int[Count(reader)];
        for (var i = 0; i < ints.Length; i++)
        {
            ints[i] = reader.ReadInt32();
        }

        var at = 0;
        int Next() => ints[at++];
        string Str() => strings[Next()];

        var looseSurnames = new Dictionary<string, string[]>(StringComparer.Ordinal);
        for (var n = Next(); n > 0; n--)
        {
            var surname = Str();
            var ids = new string[Next()];
            for (var i = 0; i < ids.Length; i++)
            {
                ids[i] = Str();
            }

            looseSurnames[surname] = ids;
        }

        var givenBySurname = new Dictionary<string, (string Given, string Id)[]>(StringComparer.Ordinal);
        for (var n = Next(); n > 0; n--)
        {
            var surname = Str();
            var pairs = new (string Given, string Id)[Next()];
            for (var i = 0; i < pairs.Length; i++)
            {
                var given = Str();
                pairs[i] = (given, Str());
            }

            givenBySurname[surname] = pairs;
        }

        var givenNames = new string[Next()];
        for (var i = 0; i < givenNames.Length; i++)
        {
            givenNames[i] = Str();
        }

        var placeNames = new string[Next()];
        for (var i = 0; i < placeNames.Length; i++)
        {
            placeNames[i] = Str();
        }

        var entries = new List<(string First, DescriptionAliasIndex.Entry Entry)>();
        for (var n = Next(); n > 0; n--)
        {
            var first = Str();
            var entryKey = Str();
            var entityId = Str();
            var aliasId = Next();
            var kind = (LinkKind)Next();
            var withArticle = Next() == 1;
            var name = Str();
            var alias = aliasId < 0 ? null : new NameAlias(kb.Get(strings[aliasId]) ?? throw new InvalidDataException("an alias the record does not hold"));
            entries.Add((first, new DescriptionAliasIndex.Entry(entryKey, entityId, alias, kind, withArticle, name)));
        }

        var shift = reader.ReadInt32();
        var words = new ulong[Count(reader)];
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = reader.ReadUInt64();
        }

        return new LinkerIndexes(
            looseSurnames,
            givenBySurname,
            new UnknownNameFilter(words, shift),
            new DescriptionAliasIndex(entries),
            new LinkEvidence(kb, givenNames, placeNames));
    }

    private static int Count(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        return count is >= 0 and < (1 << 28) ? count : throw new InvalidDataException("bad count");
    }
}
