namespace Backchannel.Text;

/// <summary>
/// A bit table over (length, first letter, last letter) of a word list: most words of a sentence ("the", "said",
/// "talks") are ruled out by one array read, before any hashing. Case-insensitive, like the lookups it guards: a
/// word equal to a listed one ignoring case always passes, so the filter never changes an answer, only its cost.
/// </summary>
internal sealed class WordFilter
{
    private const int Letters = 27;
    private const int MaxLength = 16;
    private const int Slots = MaxLength * Letters * Letters;

    // One bit per slot (1.5 KB): small enough to stay in the first-level cache between the documents of a corpus,
    // where a byte per slot (12 KB per filter) was evicted by the tagger's and recogniser's tables and missed.
    private readonly ulong[] _possible = new ulong[(Slots + 63) / 64];

    internal WordFilter(IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            if (word.Length > 0)
            {
                var slot = Index(word);
                _possible[slot >> 6] |= 1UL << (slot & 63);
            }
        }
    }

    /// <summary>False only when no listed word has this length and these first and last letters.</summary>
    internal bool MayContain(ReadOnlySpan<char> word) => word.Length == 0 || Has(Index(word));

    /// <summary>
    /// <see cref="MayContain"/> for a word whose <see cref="Slot"/> is known, so several filters can test one word
    /// for the price of one slot computation.
    /// </summary>
    internal bool MayContainSlot(int slot) => slot < 0 || Has(slot);

    /// <summary>Where a word falls in every filter's table (-1 for the empty word, which every filter lets through).</summary>
    internal static int Slot(ReadOnlySpan<char> word) => word.Length == 0 ? -1 : Index(word);

    private bool Has(int slot) => (_possible[slot >> 6] & (1UL << (slot & 63))) != 0;

    private static int Index(ReadOnlySpan<char> word)
        => (((Math.Min(word.Length, MaxLength) - 1) * Letters) + Letter(word[0])) * Letters + Letter(word[^1]);

    // Letters a–z by case-insensitive position; everything else (digits, punctuation, other scripts) shares one bucket.
    private static int Letter(char c)
    {
        var lower = (char)(c | 0x20);
        return lower is >= 'a' and <= 'z' ? lower - 'a' + 1 : 0;
    }
}
