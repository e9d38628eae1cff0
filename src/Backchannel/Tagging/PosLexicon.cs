using Backchannel.Errors;
using Backchannel.Learning;
using System.Runtime.CompilerServices;

namespace Backchannel.Tagging;

/// <summary>
/// The words the tagger saw in training, with the one tag of each word that is frequent and (nearly) unambiguous.
/// The tag dictionary lets decoding skip those words; the vocabulary tells known from unknown words in evaluation.
/// Saved next to the model as <c>&lt;model&gt;.lex</c>.
/// </summary>
public sealed class PosLexicon
{
    private const string Magic = "BCPOSLEX1";

    /// <summary>A word must be seen this often before its tag is fixed.</summary>
    public const int MinimumCount = 5;

    /// <summary>Share of a word's occurrences its commonest tag must reach before it is fixed.</summary>
    public const double MinimumShare = 0.99;

    // Tag slots keep the entry's value (tag + 2, so 0 is an empty slot and 1 a known word with no fixed tag) in
    // the low byte and the top 56 bits of the word's hash above it.
    private const ulong ValueMask = 0xFF;

    // A plain dictionary: it only serves Count and Save, and freezing 40 thousand words cost a cold start 0.2 s.
    private readonly Dictionary<string, int> _tags;

    // Open addressing on a 64-bit hash of the word, one ulong per slot: the tagger looks up every token, and a
    // string-keyed dictionary cost a cache miss on the key's string besides its bucket (4% of the ner bench).
    private readonly ulong[] _slots;
    private readonly int _slotBits;

    /// <summary>Wraps word → tag index (-1 when the word is known but its tag is not fixed).</summary>
    // Load-time loop run once per process: compiled fully optimised at once, not left in tier-0 code (issue 17).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public PosLexicon(IEnumerable<KeyValuePair<string, int>> words)
    {
        _tags = new Dictionary<string, int>(words, StringComparer.Ordinal);
        _slotBits = Math.Max(4, (int)Math.Ceiling(Math.Log2(Math.Max(1, _tags.Count) * 2.0)));
        _slots = new ulong[1 << _slotBits];
        foreach (var (word, tag) in _tags)
        {
            var hash = Hash(word);
            _slots[Slot(hash)] = (hash & ~ValueMask) | (uint)(tag + 2);
        }
    }

    /// <summary>Number of known words.</summary>
    public int Count => _tags.Count;

    /// <summary>The lookup key of a word form: pass it to <see cref="FixedTag(ulong)"/>.</summary>
    public static ulong Hash(ReadOnlySpan<char> word) => FeatureHash.Start(word);

    /// <summary>True when the normalised word form was seen in training.</summary>
    public bool Contains(ReadOnlySpan<char> word) => (_slots[Slot(Hash(word))] & ValueMask) != 0;

    /// <summary>The fixed tag index of a word, or -1.</summary>
    public int FixedTag(ReadOnlySpan<char> word) => FixedTag(Hash(word));

    /// <summary>The fixed tag index of a word given its <see cref="Hash"/>, or -1.</summary>
    public int FixedTag(ulong hash)
    {
        var value = (int)(_slots[Slot(hash)] & ValueMask);
        return value == 0 ? -1 : value - 2;
    }

    // The slot holding the hash, or the empty slot where it would go. Two words whose hashes agree in their top 56
    // bits would share a slot: with tens of thousands of words the odds are about 2^-26 for the whole lexicon.
    private int Slot(ulong hash)
    {
        var mask = (1 << _slotBits) - 1;
        var slot = FeatureHash.Bucket(hash, _slotBits);
        while (_slots[slot] != 0 && (_slots[slot] & ~ValueMask) != (hash & ~ValueMask))
        {
            slot = (slot + 1) & mask;
        }

        return slot;
    }

    /// <summary>Builds the lexicon from tagged training words (normalised forms).</summary>
    public static PosLexicon Build(IEnumerable<(string Word, int Tag)> occurrences, int tagCount)
    {
        ArgumentNullException.ThrowIfNull(occurrences);
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var (word, tag) in occurrences)
        {
            if (!counts.TryGetValue(word, out var perTag))
            {
                counts[word] = perTag = new int[tagCount];
            }

            perTag[tag]++;
        }

        return new PosLexicon(counts.Select(pair =>
        {
            var total = pair.Value.Sum();
            var best = Array.IndexOf(pair.Value, pair.Value.Max());
            var isFixed = total >= MinimumCount && pair.Value[best] >= MinimumShare * total;
            return KeyValuePair.Create(pair.Key, isFixed ? best : -1);
        }));
    }

    /// <summary>Writes the lexicon (sorted, gzip'd: the same lexicon always gives the same bytes).</summary>
    public void Save(string path) => ModelFile.Write(path, Magic, writer =>
    {
        writer.Write(_tags.Count);
        foreach (var (word, tag) in _tags.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write(word);
            writer.Write7BitEncodedInt(tag + 1);
        }
    });

    /// <summary>Reads a lexicon; a file that is not one fails with <see cref="ErrorCode.BadModel"/>.</summary>
    public static PosLexicon Load(string path) => ModelFile.Read(
        path,
        Magic,
        "tagger lexicon",
        "Retrain it with 'backchannel train pos', or restore the file from the repository.",
        reader =>
        {
            var count = reader.ReadInt32();
            var words = new KeyValuePair<string, int>[count];
            for (var i = 0; i < count; i++)
            {
                words[i] = KeyValuePair.Create(reader.ReadString(), reader.Read7BitEncodedInt() - 1);
            }

            return new PosLexicon(words);
        });
}
