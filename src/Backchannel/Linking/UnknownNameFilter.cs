using System.Numerics;
using Backchannel.Knowledge;
using Backchannel.Knowledge.Names;

namespace Backchannel.Linking;

/// <summary>
/// A Bloom filter over every way a name can reach the record: its loose key (which every exact, loose, "the …" and
/// surname lookup passes through) and its (given name, surname) pair. A "no" is certain, so a mention it rules out
/// becomes a NIL without a probe of the per-thread key pool; a "maybe" (every known name, plus a few unknown ones) takes
/// the full lookup. Most names in news are not in the record, and the pool probe was a chain of cache
/// misses in a table of tens of thousands of keys, where this is one read of one 64-bit word.
/// </summary>
/// <remarks>
/// Coverage rests on two facts of <see cref="NameKey"/>: an exact key is its own exact key, and the loose key folds
/// word by word (so the loose key of a name's first or last word is the first or last word of its loose key). Both
/// are asserted by tests over the shipped record. Hashes are FNV-1a, the same in every process, because the shipped
/// record's filter is stored in the linker's index file (<see cref="LinkerIndexFile"/>) rather than rebuilt per run.
/// </remarks>
internal sealed class UnknownNameFilter
{
    // About 16 bits per key and 4 bits set in one word per key: roughly one false "maybe" in a few hundred.
    private const int BitsPerKey = 16;

    private readonly ulong[] words;
    private readonly int shift;

    /// <summary>A filter read back from the linker's index file (<see cref="Words"/> and <see cref="Shift"/> of one built here).</summary>
    public UnknownNameFilter(ulong[] words, int shift)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (!BitOperations.IsPow2(words.Length) || shift != 64 - BitOperations.Log2((uint)words.Length))
        {
            throw new ArgumentException("Filter words and shift do not match.", nameof(words));
        }

        this.words = words;
        this.shift = shift;
    }

    /// <summary>The filter's bits, for the linker's index file.</summary>
    internal ReadOnlySpan<ulong> Words => words;

    /// <summary>Right shift that takes a hash to its word.</summary>
    internal int Shift => shift;

    /// <summary>
    /// A filter covering <paramref name="kb"/>'s exact, loose and surname keys, plus the linker's loose surnames and
    /// (given name, surname) pairs.
    /// </summary>
    public UnknownNameFilter(KnowledgeBase kb, IEnumerable<string> looseSurnames, IEnumerable<(string Given, string Surname)> givenAndSurnames)
    {
        var hashes = new List<ulong>();
        foreach (var exact in kb.ExactNameKeys)
        {
            hashes.Add(KeyHash(NameKey.LooseFromExact(exact)));

            // "the Kremlin" is found for "Kremlin" after "the": the rest of the key must pass too.
            if (exact.StartsWith("the ", StringComparison.Ordinal))
            {
                hashes.Add(KeyHash(NameKey.LooseFromExact(exact[4..])));
            }
        }

        foreach (var surname in kb.SurnameKeys)
        {
            hashes.Add(KeyHash(NameKey.LooseFromExact(surname)));
        }

        foreach (var loose in kb.LooseNameKeys.Concat(looseSurnames))
        {
            hashes.Add(KeyHash(loose));
        }

        foreach (var (given, surname) in givenAndSurnames)
        {
            hashes.Add(PairHash(given, surname));
        }

        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(64, hashes.Count * BitsPerKey / 64));
        words = new ulong[size];
        shift = 64 - BitOperations.Log2((uint)size);
        foreach (var hash in hashes)
        {
            words[Word(hash)] |= Mask(hash);
        }
    }

    /// <summary>
    /// False only when no lookup of the record can find a name whose loose key is <paramref name="loose"/>: not by
    /// exact or loose key, not after "the", not as a surname, and not by its first and last words as given name and
    /// surname.
    /// </summary>
    public bool MayBeKnown(ReadOnlySpan<char> loose)
    {
        if (loose.IsEmpty || Has(KeyHash(loose)))
        {
            return true;
        }

        var firstSpace = loose.IndexOf(' ');
        return firstSpace > 0 && Has(PairHash(loose[..firstSpace], loose[(loose.LastIndexOf(' ') + 1)..]));
    }

    private bool Has(ulong hash)
    {
        var mask = Mask(hash);
        return (words[Word(hash)] & mask) == mask;
    }

    private int Word(ulong hash) => (int)(hash >> shift);

    // Four bit positions from the low 24 bits; the word index comes from the top bits, so they do not overlap.
    private static ulong Mask(ulong hash) =>
        (1UL << (int)(hash & 63)) | (1UL << (int)((hash >> 6) & 63)) | (1UL << (int)((hash >> 12) & 63)) | (1UL << (int)((hash >> 18) & 63));

    private static ulong KeyHash(ReadOnlySpan<char> key) => Mix(Fnv(key));

    private static ulong PairHash(ReadOnlySpan<char> given, ReadOnlySpan<char> surname) =>
        Mix((Fnv(given) << 32) ^ Fnv(surname));

    // FNV-1a over the UTF-16 code units: the same in every process (string.GetHashCode is seeded per process), so the
    // filter's bits can be stored in the linker's index file and read back.
    private static ulong Fnv(ReadOnlySpan<char> key)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }

    // SplitMix64's finaliser: every output bit depends on every input bit.
    private static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
