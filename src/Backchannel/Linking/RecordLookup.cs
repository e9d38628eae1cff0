using System.Collections.Immutable;
using Backchannel.Knowledge;
using Backchannel.Knowledge.Model;

namespace Backchannel.Linking;

/// <summary>One entity the record offers for a name, with how the name matched and the confidence that earns.</summary>
/// <param name="Entity">The entity.</param>
/// <param name="Match">"exact", "loose" (up to transliteration) or "given" (given name and surname).</param>
/// <param name="Base">Confidence before ranking: by the kind of recorded name that matched.</param>
internal readonly record struct RecordCandidate(KbEntity Entity, string Match, float Base);

/// <summary>
/// The record's candidates for a name key on a day, in record order, before ranking. They depend only on the
/// knowledge base, the key, the day and two facts of the mention (whether "the" precedes it, and whether it is a
/// person), so they are kept across documents: a corpus names the same people over and over, and collecting them
/// walks several indexes and fetches every entity.
/// </summary>
internal sealed class RecordLookup
{
    private static readonly RecordCandidate[] None = [];

    private readonly EntityLinker linker;
    private readonly KnowledgeBase kb;
    private readonly LinkerCache<string, bool> knownNames = new(1 << 18);
    private readonly LinkerCache<(string Key, DateOnly Day, bool WithThe, bool Person), RecordCandidate[]> candidates = new(1 << 17);
    private readonly Func<string, bool> computeKnownName;
    private readonly Func<(string Key, DateOnly Day, bool WithThe, bool Person), RecordCandidate[]> computeCandidates;

    public RecordLookup(EntityLinker linker)
    {
        this.linker = linker;
        kb = linker.KnowledgeBase;

        // Made once: a method group passed at each call would allocate a delegate per mention.
        computeKnownName = ComputeKnownName;
        computeCandidates = Compute;
    }

    /// <summary>
    /// The candidates for <paramref name="key"/> (exact form) on <paramref name="day"/>: by exact name; failing that,
    /// "the " + key when <paramref name="withThe"/> (the text has "the" before the name); then by loose name; then, for a
    /// <paramref name="person"/>, by given name and surname. Empty for a name the record does not know.
    /// </summary>
    public RecordCandidate[] Find(string key, DateOnly day, bool withThe, bool person)
    {
        // Most names in news are not in the record: one probe of a key-only cache answers them.
        if (!withThe && !IsKnownName(key))
        {
            return None;
        }

        return candidates.GetOrAdd((key, day, withThe, person), computeCandidates);
    }

    /// <summary>
    /// Whether any lookup of a name but the "the …" one can find <paramref name="key"/> (exact form) — by exact name,
    /// loose name or given name and surname — whatever the day or label.
    /// </summary>
    private bool IsKnownName(string key) => knownNames.GetOrAdd(key, computeKnownName);

    private bool ComputeKnownName(string key) =>
        !kb.FindByExactKey(key).IsEmpty
        || (key.Length >= 4 && !kb.FindLooseByExactKey(key).IsEmpty)
        || linker.GivenAndSurnameMatches(key).Any();

    private RecordCandidate[] Compute((string Key, DateOnly Day, bool WithThe, bool Person) query)
    {
        var (key, day, withThe, person) = query;
        var found = new List<RecordCandidate>();
        var known = IsKnownName(key);
        if (known)
        {
            Collect(found, kb.FindByExactKey(key), "exact", day);
        }

        if (found.Count == 0 && withThe)
        {
            Collect(found, kb.FindByExactKey("the " + key), "exact", day);
        }

        if (known && found.Count == 0 && key.Length >= 4)
        {
            Collect(found, kb.FindLooseByExactKey(key), "loose", day);
        }

        if (known && found.Count == 0 && person)
        {
            foreach (var id in linker.GivenAndSurnameMatches(key))
            {
                if (!Has(found, id) && kb.Get(id) is { } entity)
                {
                    found.Add(new RecordCandidate(entity, "given", 0.85f));
                }
            }
        }

        return found.Count == 0 ? None : [.. found];
    }

    private void Collect(List<RecordCandidate> found, ImmutableArray<NameEntry> entries, string match, DateOnly day)
    {
        foreach (var entry in entries)
        {
            if (!entry.ValidOn(day) || kb.Get(entry.EntityId) is not { } entity || Has(found, entity.Id))
            {
                continue;
            }

            var confidence = match == "loose" ? 0.8f : entry.Kind switch
            {
                "name" or "transliteration" or "acronym" => 0.95f,
                "weak" or "nickname" => 0.8f,
                _ => 0.75f,
            };
            found.Add(new RecordCandidate(entity, match, confidence));
        }
    }

    private static bool Has(List<RecordCandidate> found, string id)
    {
        foreach (var candidate in found)
        {
            if (candidate.Entity.Id == id)
            {
                return true;
            }
        }

        return false;
    }
}
