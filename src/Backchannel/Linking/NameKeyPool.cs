using Backchannel.Knowledge.Model;
using Backchannel.Knowledge.Names;

namespace Backchannel.Linking;

/// <summary>
/// Name keys (<see cref="NameKey"/>) kept as one entry per distinct key, for one thread's linking runs. A corpus names
/// the same people and places over and over, so a key is built in a reused buffer and looked up by its characters:
/// only a key not seen before allocates, and the entry also remembers what the record said about the key last time,
/// so a repeated name costs one probe of this table instead of one per cache it would otherwise visit. Bounded:
/// emptied when it grows past <see cref="Capacity"/> keys, so a corpus of many distinct names does not grow it without
/// limit.
/// </summary>
internal sealed class NameKeyPool
{
    /// <summary>Most keys kept before the pool starts over.</summary>
    public const int Capacity = 1 << 16;

    /// <summary>Longest key built in the pool's buffer; longer names take the allocating path (they are rare).</summary>
    public const int MaxBufferedName = 128;

    private readonly Dictionary<string, NameKeyEntry> entries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NameKeyEntry>.AlternateLookup<ReadOnlySpan<char>> lookup;

    // One buffer for every key built here: a stackalloc would be cleared on every call, and this runs per mention.
    private readonly char[] buffer = new char[MaxBufferedName];

    public NameKeyPool() => lookup = entries.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Keys held now.</summary>
    public int Count => entries.Count;

    /// <summary>The pooled string equal to <paramref name="chars"/>.</summary>
    public string Get(ReadOnlySpan<char> chars) => Entry(chars).Key;

    /// <summary>
    /// <see cref="NameKey.Exact"/> of <paramref name="name"/> written into the pool's buffer, without a lookup: the
    /// characters stay valid until the pool's next call. False for a name the buffer cannot hold (use
    /// <see cref="Exact"/>).
    /// </summary>
    public bool TryKey(ReadOnlySpan<char> name, out ReadOnlySpan<char> key)
    {
        var built = NameKey.TryExact(name, buffer, out var length);
        key = buffer.AsSpan(0, length);
        return built;
    }

    /// <summary>The entry of <see cref="NameKey.Exact"/> of <paramref name="name"/>.</summary>
    public NameKeyEntry Exact(ReadOnlySpan<char> name) =>
        NameKey.TryExact(name, buffer, out var length) ? Entry(buffer.AsSpan(0, length)) : Intern(NameKey.Exact(name));

    /// <summary><see cref="NameKey.LooseFromExact(string)"/> of an exact key (or a word of one), pooled.</summary>
    public string LooseFromExact(ReadOnlySpan<char> exact) =>
        exact.Length > MaxBufferedName
            ? Intern(NameKey.LooseFromExact(exact.ToString())).Key
            : Entry(buffer.AsSpan(0, NameKey.LooseFromExact(exact, buffer))).Key;

    /// <summary>Forgets every key (and so everything remembered about them).</summary>
    public void Clear() => entries.Clear();

    /// <summary>The entry for a key's characters (from <see cref="TryKey"/>, or any exact key).</summary>
    public NameKeyEntry Entry(ReadOnlySpan<char> chars)
    {
        if (lookup.TryGetValue(chars, out var entry))
        {
            return entry;
        }

        return Add(new NameKeyEntry(chars.IsEmpty ? "" : new string(chars)));
    }

    // A key built the allocating way: kept as it is unless an equal one is pooled already.
    private NameKeyEntry Intern(string built) => entries.TryGetValue(built, out var entry) ? entry : Add(new NameKeyEntry(built));

    private NameKeyEntry Add(NameKeyEntry entry)
    {
        if (entries.Count >= Capacity)
        {
            entries.Clear();
        }

        entries.Add(entry.Key, entry);
        return entry;
    }
}

/// <summary>
/// One pooled name key and the record's answer for it the last time it was asked: the candidates for one day and one
/// pair of mention facts, and, when that answer left no choice, the whole link it made. News read on one day asks the
/// same question each time, so one slot of each is enough.
/// </summary>
internal sealed class NameKeyEntry(string key)
{
    private RecordCandidate[]? candidates;
    private DateOnly day;
    private bool withThe;
    private bool person;
    private LinkDecision? decision;
    private DateOnly decisionDay;
    private bool decisionWithThe;
    private DateOnly surnameHolderDay;
    private string[] surnameHolders = [];
    private bool hasSurnameHolder;

    /// <summary>The key.</summary>
    public string Key { get; } = key;

    /// <summary>The loose key of the key's last word (a surname to index), once it has been asked for.</summary>
    public string? LooseLastWord { get; set; }

    /// <summary>
    /// The pooled key of the last word of a key of several words (the surname a person's full name adds), once it has
    /// been asked for. Kept here because a name's first mention in each document asks again, and the pool probe it
    /// saves is a cache miss in a table of tens of thousands of keys.
    /// </summary>
    public string? LastWord { get; set; }

    /// <summary>Whether the role lexicon knows the key as a title ("the president"), once asked: 0 not asked, 1 no, 2 yes.</summary>
    public byte InLexicon { get; set; }

    /// <summary>The people with this surname holding a post on <paramref name="onDay"/>, if remembered for that day.</summary>
    public bool TryGetSurnameHolders(DateOnly onDay, out string[] holders)
    {
        holders = surnameHolders;
        return hasSurnameHolder && surnameHolderDay == onDay;
    }

    /// <summary>Remembers the answer to <see cref="TryGetSurnameHolders"/> for one day (replacing the one before).</summary>
    public void RememberSurnameHolders(DateOnly onDay, string[] holders) =>
        (surnameHolderDay, surnameHolders, hasSurnameHolder) = (onDay, holders, true);

    /// <summary>The candidates remembered for exactly this question, if any.</summary>
    public bool TryGetCandidates(DateOnly onDay, bool afterThe, bool isPerson, out RecordCandidate[] found)
    {
        found = candidates!;
        return candidates is not null && day == onDay && withThe == afterThe && person == isPerson;
    }

    /// <summary>Remembers the answer to a question (replacing the one before).</summary>
    public void Remember(DateOnly onDay, bool afterThe, bool isPerson, RecordCandidate[] found)
    {
        (day, withThe, person) = (onDay, afterThe, isPerson);
        candidates = found;
    }

    /// <summary>The link remembered for a title-less mention with this label on this day, if any.</summary>
    public bool TryGetDecision(DateOnly onDay, bool afterThe, string label, out LinkDecision found)
    {
        found = decision!;
        return decision is not null && decisionDay == onDay && decisionWithThe == afterThe && string.Equals(decision.Label, label, StringComparison.Ordinal);
    }

    /// <summary>Remembers the link a title-less mention made when the record offered one candidate.</summary>
    public void RememberDecision(DateOnly onDay, bool afterThe, LinkDecision made)
    {
        (decisionDay, decisionWithThe) = (onDay, afterThe);
        decision = made;
    }
}

/// <summary>
/// What a title-less first mention linked to when the record offered exactly one candidate: nothing in the document
/// can change it, so the next document that names the same person on the same day takes it as it is.
/// </summary>
/// <param name="Label">The mention's entity type.</param>
/// <param name="Entity">The entity linked.</param>
/// <param name="Confidence">The link's confidence.</param>
/// <param name="Reason">The link's reason.</param>
/// <param name="RecordSurname">The surname key of the record's caption, for people; else empty.</param>
internal sealed record LinkDecision(string Label, KbEntity Entity, float Confidence, string Reason, string RecordSurname);
