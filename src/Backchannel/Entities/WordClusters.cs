using System.Collections.Frozen;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Backchannel.Errors;

namespace Backchannel.Entities;

/// <summary>
/// Word clusters learned from unlabeled text (<c>backchannel train clusters</c>): every known word has one cluster id at
/// each of several granularities (coarse to fine, each level a refinement of the one before), like prefixes of a
/// Brown-clustering bit path. A word unseen in labeled data still shares features with its cluster-mates.
/// </summary>
public sealed class WordClusters
{
    private const string Magic = "BCCLU1";
    private readonly FrozenDictionary<string, int> _index;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly int[] _ids;

    /// <summary>Builds clusters from word → ids (one id per level, coarse first).</summary>
    public WordClusters(IReadOnlyList<int> levelSizes, IEnumerable<KeyValuePair<string, int[]>> words)
    {
        ArgumentNullException.ThrowIfNull(levelSizes);
        ArgumentNullException.ThrowIfNull(words);
        LevelSizes = [.. levelSizes];
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

        _index = index.ToFrozenDictionary(StringComparer.Ordinal);
        _lookup = _index.GetAlternateLookup<ReadOnlySpan<char>>();
        _ids = [.. ids];
    }

    /// <summary>An empty set (every lookup misses): for models trained without clusters.</summary>
    public static WordClusters Empty { get; } = new([], []);

    /// <summary>Number of clusters at each level, coarse first.</summary>
    public IReadOnlyList<int> LevelSizes { get; }

    /// <summary>Number of words.</summary>
    public int Count => _index.Count;

    /// <summary>Hex SHA-256 of the saved form; a model records it to detect a swapped cluster file.</summary>
    public string Checksum { get; private set; } = "";

    /// <summary>Index of the word's cluster path, or -1 when unknown. Exact match first, then lowercase.</summary>
    public int Find(ReadOnlySpan<char> word)
    {
        if (_index.Count == 0 || word.Length > 64)
        {
            return -1;
        }

        if (_lookup.TryGetValue(word, out var index))
        {
            return index;
        }

        Span<char> folded = stackalloc char[word.Length];
        word.ToLowerInvariant(folded);
        if (_lookup.TryGetValue(folded, out index))
        {
            return index;
        }

        // All-caps headline words: try the capitalised form ("BRUSSELS" → "Brussels").
        folded[0] = char.ToUpperInvariant(folded[0]);
        return _lookup.TryGetValue(folded, out index) ? index : -1;
    }

    /// <summary>Index of the word's lowercase form only, or -1: tells whether a capitalised word is also common in lower case.</summary>
    public int FindLowercase(ReadOnlySpan<char> word)
    {
        if (_index.Count == 0 || word.Length > 64)
        {
            return -1;
        }

        Span<char> folded = stackalloc char[word.Length];
        word.ToLowerInvariant(folded);
        return _lookup.TryGetValue(folded, out var index) ? index : -1;
    }

    /// <summary>The cluster id at <paramref name="level"/> for a word index from <see cref="Find"/>.</summary>
    public int Id(int word, int level) => _ids[(word * LevelSizes.Count) + level];

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
    public static WordClusters Load(string path)
    {
        try
        {
            var bytes = File.ReadAllBytes(path);
            using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            using var reader = new BinaryReader(gzip, Encoding.UTF8);
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
