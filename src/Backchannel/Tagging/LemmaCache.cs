using Backchannel.Learning;

namespace Backchannel.Tagging;

/// <summary>
/// A per-thread, direct-mapped cache of lemmas by (spelling, tag), for <see cref="Lemmatizer.Lemmatize"/>: 4,096
/// slots, each keyed by a 64-bit hash of the token's exact characters and the tag (as <c>WordFactsCache</c> keys
/// entity facts), with the tag instance and the word's length kept to check the slot. A new pair replaces the one in
/// its slot. Emptied when another lemmatizer uses it, since lemmas belong to one lexicon.
/// </summary>
internal sealed class LemmaCache
{
    private const int Bits = 12;

    private readonly Entry[] _entries = new Entry[1 << Bits];
    private Lemmatizer? _owner;

    /// <summary>
    /// The slot of (<paramref name="word"/>, <paramref name="tag"/>): <paramref name="hit"/> tells whether it holds
    /// that pair's lemma; otherwise it is claimed for the pair and the caller stores the lemma in it.
    /// </summary>
    public ref Entry Slot(Lemmatizer owner, ReadOnlySpan<char> word, string tag, out bool hit)
    {
        if (!ReferenceEquals(owner, _owner))
        {
            Array.Clear(_entries);
            _owner = owner;
        }

        var key = FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(0x1E33AUL, word), '\t'), tag);
        ref var entry = ref _entries[FeatureHash.Bucket(key, Bits)];
        hit = entry.Key == key && entry.Length == word.Length && entry.Lemma is not null && ReferenceEquals(entry.Tag, tag);
        if (!hit)
        {
            entry.Key = key;
            entry.Length = word.Length;
            entry.Tag = tag;
            entry.Lemma = null;
        }

        return ref entry;
    }

    /// <summary>One cached pair.</summary>
    internal struct Entry
    {
        public ulong Key;
        public int Length;
        public string? Tag;
        public string? Lemma;
    }
}
