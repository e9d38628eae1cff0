using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Backchannel.Errors;
using System.Runtime.CompilerServices;

namespace Backchannel.Entities;

/// <summary>
/// Word clusters learned from unlabeled text (<c>backchannel train clusters</c>): every known word has one cluster id at
/// each of several granularities (coarse to fine, each level a refinement of the one before), like prefixes of a
/// Brown-clustering bit path. A word unseen in labeled data still shares features with its cluster-mates.
/// </summary>
public sealed class WordClusters
{
    private const string Magic = "BCCLU1";
    private readonly Dictionary<string, int> _index;
    private readonly int[] _ids;

    // LevelSizes.Count, read on every Id: an interface call there cost a visible share of entity tagging.
    private readonly int _levels;

    // Open-addressing table from a 64-bit hash of each word to its index: one probe per lookup, and the hashes of a
    // token's exact and lowercase forms come out of one pass over its characters.
    private readonly ulong[] _slotKeys;
    private readonly int[] _slotValues;
    private readonly int _slotBits;

    /// <summary>Builds clusters from word → ids (one id per level, coarse first).</summary>
    // Load-time loop run once per process: compiled fully optimised at once, not left in tier-0 code (issue 17).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public WordClusters(IReadOnlyList<int> levelSizes, IEnumerable<KeyValuePair<string, int[]>> words)
    {
        ArgumentNullException.ThrowIfNull(levelSizes);
        ArgumentNullException.ThrowIfNull(words);
        LevelSizes = [.. levelSizes];
        _levels = LevelSizes.Count;
        var ids = new List<int>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (word, path) in words.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (path.Length != LevelSizes.Count)
            {
                throw new ArgumentException("Every word needs one id per level.", nameof(words));
            }

            index[word] = index.Count;
            ids.AddRange(path);
        }

        _index = index;
        _ids = [.. ids];
        _slotBits = Math.Max(4, (int)Math.Ceiling(Math.Log2(Math.Max(1, index.Count) * 2.0)));
        _slotKeys = new ulong[1 << _slotBits];
        _slotValues = new int[1 << _slotBits];
        _slotValues.AsSpan().Fill(-1);
        foreach (var (word, value) in index)
        {
            var slot = Slot(Key(word));
            _slotKeys[slot] = Key(word);
            _slotValues[slot] = value;
        }
    }

    /// <summary>An empty set (every lookup misses): for models trained without clusters.</summary>
    public static WordClusters Empty { get; } = new([], []);

    /// <summary>Number of clusters at each level, coarse first.</summary>
    public IReadOnlyList<int> LevelSizes { get; }

    /// <summary>Number of words.</summary>
    public int Count => _index.Count;

    /// <summary>Hex SHA-256 of the saved form; a model records it to detect a swapped cluster file.</summary>
    public string Checksum { get; private set; } = "";

    /// <summary>
    /// Index of the word's cluster path: the exact form, else its lowercase form, else (all-caps headline words) the
    /// capitalised form ("BRUSSELS" → "Brussels"); -1 if none is known.
    /// </summary>
    public int Find(ReadOnlySpan<char> word) => FindBoth(word).Word;

    /// <summary>Index of the word's lowercase form only ("Envoys" → "envoys"), or -1.</summary>
    public int FindLowercase(ReadOnlySpan<char> word) => FindBoth(word).Lowercase;

    /// <summary><see cref="Find"/> and <see cref="FindLowercase"/> at once, from one pass over the characters.</summary>
    internal (int Word, int Lowercase) FindBoth(ReadOnlySpan<char> word)
    {
        if (_index.Count == 0 || word.Length > 64 || word.IsEmpty)
        {
            return (-1, -1);
        }

        var exact = Seed;
        var lower = Seed;
        foreach (var c in word)
        {
            exact = Learning.FeatureHash.Add(exact, c);
            lower = Learning.FeatureHash.Add(lower, char.ToLowerInvariant(c));
        }

        var found = Probe(exact);
        var lowercase = exact == lower ? found : Probe(lower);
        if (found < 0)
        {
            found = lowercase >= 0 ? lowercase : Probe(Capitalised(word));
        }

        return (found, lowercase);
    }

    private const ulong Seed = 0xC1u;

    private static ulong Key(ReadOnlySpan<char> word)
    {
        var h = Seed;
        foreach (var c in word)
        {
            h = Learning.FeatureHash.Add(h, c);
        }

        return h;
    }

    private static ulong Capitalised(ReadOnlySpan<char> word)
    {
        var h = Learning.FeatureHash.Add(Seed, char.ToUpperInvariant(char.ToLowerInvariant(word[0])));
        foreach (var c in word[1..])
        {
            h = Learning.FeatureHash.Add(h, char.ToLowerInvariant(c));
        }

        return h;
    }

    private int Slot(ulong key)
    {
        var mask = (1 << _slotBits) - 1;
        var slot = Learning.FeatureHash.Bucket(key, _slotBits);
        while (_slotValues[slot] >= 0 && _slotKeys[slot] != key)
        {
            slot = (slot + 1) & mask;
        }

        return slot;
    }

    private int Probe(ulong key) => _slotValues[Slot(key)];

    /// <summary>The cluster id at <paramref name="level"/> for a word index from <see cref="Find"/>.</summary>
    public int Id(int word, int level) => _ids[(word * _levels) + level];

    /// <summary>Number of levels (<c>LevelSizes.Count</c>, without the interface call).</summary>
    internal int Levels => _levels;

    /// <summary>Writes the clusters (sorted, so the same clusters give the same bytes).</summary>
    public void Save(string path)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
        using (var writer = new BinaryWriter(gzip, Encoding.UTF8))
        {
            writer.Write(Magic);
            writer.Write(LevelSizes.Count);
            foreach (var size in LevelSizes)
            {
                writer.Write(size);
            }

            writer.Write(_index.Count);
            foreach (var (word, index) in _index.OrderBy(p => p.Value))
            {
                writer.Write(word);
                for (var l = 0; l < LevelSizes.Count; l++)
                {
                    writer.Write7BitEncodedInt(Id(index, l));
                }
            }
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllBytes(path, buffer.ToArray());
    }

    /// <summary>Reads a cluster file; an unreadable one fails with <see cref="ErrorCode.BadModel"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static WordClusters Load(string path)
    {
        try
        {
            // Inflated into memory first: a BinaryReader over a GZipStream reads one byte per call through the inflater.
            using var inflated = new MemoryStream();
            var bytes = File.ReadAllBytes(path);
            using (var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress))
            {
                gzip.CopyTo(inflated);
            }

            inflated.Position = 0;
            using var reader = new BinaryReader(inflated, Encoding.UTF8);
            if (reader.ReadString() != Magic)
            {
                throw new InvalidDataException("wrong magic");
            }

            var sizes = new int[reader.ReadInt32()];
            for (var l = 0; l < sizes.Length; l++)
            {
                sizes[l] = reader.ReadInt32();
            }

            var count = reader.ReadInt32();
            var words = new List<KeyValuePair<string, int[]>>(count);
            for (var i = 0; i < count; i++)
            {
                var word = reader.ReadString();
                var ids = new int[sizes.Length];
                for (var l = 0; l < ids.Length; l++)
                {
                    ids[l] = reader.Read7BitEncodedInt();
                }

                words.Add(new(word, ids));
            }

            return new WordClusters(sizes, words) { Checksum = Convert.ToHexStringLower(SHA256.HashData(bytes)) };
        }
        catch (Exception ex) when (ex is InvalidDataException or EndOfStreamException or IOException or ArgumentException)
        {
            throw new BackchannelException(new BackchannelError(ErrorCode.BadModel, $"Not a readable cluster file ({ex.Message}).", path, "Retrain it with 'backchannel train clusters'."), ex);
        }
    }
}
