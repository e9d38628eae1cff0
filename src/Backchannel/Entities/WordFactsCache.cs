using Backchannel.Learning;

namespace Backchannel.Entities;

/// <summary>
/// A per-extractor cache of the facts that depend on a word's characters alone: its hashes (exact, lowercase,
/// shape, gazetteer key), capitalisation class and cluster indices. Computing them takes six passes over the
/// characters and two or three probes of the cluster table, which is far larger than the caches; a word type seen
/// before costs one pass (its key) and one read. Direct-mapped: a new word replaces the one in its slot.
/// </summary>
internal sealed class WordFactsCache
{
    // 4,096 words × 56 bytes: 224 KB, within a core's L2 beside the tagger's hot rows.
    private const int Bits = 12;

    // No word's capitalisation class takes this value, so it marks a slot never filled.
    private const byte Empty = 0xFF;

    private readonly Entry[] _entries = new Entry[1 << Bits];
    private WordClusters? _clusters;

    /// <summary>The facts of <paramref name="word"/>, computed on a miss.</summary>
    public ref readonly Entry Get(ReadOnlySpan<char> word, WordClusters clusters)
    {
        if (!ReferenceEquals(clusters, _clusters))
        {
            // Cluster indices belong to one cluster set: a different set starts from an empty cache.
            _entries.AsSpan().Fill(new Entry { Caps = Empty });
            _clusters = clusters;
        }

        // The key is the hash of the word's exact characters (the other hashes fold digits or case).
        var key = FeatureHash.Add(0xFAC7UL, word);
        ref var entry = ref _entries[FeatureHash.Bucket(key, Bits)];
        if (entry.Key != key || entry.Caps == Empty)
        {
            Fill(ref entry, key, word, clusters);
        }

        return ref entry;
    }

    private static void Fill(ref Entry entry, ulong key, ReadOnlySpan<char> word, WordClusters clusters)
    {
        entry.Key = key;
        entry.Exact = WordShape.Exact(0x51, word);
        entry.Lower = WordShape.Lower(0x52, word);
        entry.Shape = WordShape.Shape(0x53, word);
        entry.GazetteerKey = Gazetteer.TokenHash(word);
        entry.Caps = WordShape.Capitalisation(word);
        var (cluster, lowercase) = clusters.FindBoth(word);
        entry.Cluster = cluster;
        entry.LowerCluster = entry.Caps is WordShape.Initial or WordShape.AllCaps ? lowercase : -1;
    }

    /// <summary>One word's facts (see <see cref="TokenFacts"/> for what each means).</summary>
    internal struct Entry
    {
        public ulong Key;
        public ulong Exact;
        public ulong Lower;
        public ulong Shape;
        public ulong GazetteerKey;
        public int Cluster;
        public int LowerCluster;
        public byte Caps;
    }
}
