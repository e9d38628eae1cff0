namespace Backchannel.Linking;

/// <summary>
/// The actors introduced so far in one document, so later surnames, bare titles and repeated names can point back to
/// them, and unknown people get one NIL id per person. One instance per document; never shared. Names, surnames and
/// ids are indexed, so a lookup costs the same in a long document as in a short one.
/// </summary>
internal sealed class DocumentActors
{
    private readonly List<DocumentActor> actors = [];
    // Actors of earlier documents, reset and handed out again: a new actor is most of what a mention allocated.
    private readonly Stack<DocumentActor> spare = new();
    private readonly Dictionary<string, DocumentActor> byId = new(StringComparer.Ordinal);
    // A key nearly always belongs to one actor: the value is that actor, or a list once a second one shares the key
    // (no list per name, which was most of what a new actor allocated).
    private readonly Dictionary<string, object> byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, object>.AlternateLookup<ReadOnlySpan<char>> byNameChars;
    private readonly Dictionary<string, object> bySurname = new(StringComparer.Ordinal);
    private readonly Dictionary<string, object>.AlternateLookup<ReadOnlySpan<char>> bySurnameChars;
    private int nextNil = 1;

    // "nil:1", "nil:2", …: every document numbers its NILs from 1, so the ids are worded once per thread, not per NIL.
    private readonly List<string> nilIds = [];

    private readonly NameKeyPool keys;

    public DocumentActors(NameKeyPool keys)
    {
        this.keys = keys;
        byNameChars = byName.GetAlternateLookup<ReadOnlySpan<char>>();
        bySurnameChars = bySurname.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The pool the actors' surnames are keyed through.</summary>
    public NameKeyPool Keys => keys;

    /// <summary>How many actors the document has met.</summary>
    public int Count => actors.Count;

    /// <summary>The actors in order of introduction (indexed, so a scan allocates no enumerator).</summary>
    public DocumentActor this[int index] => actors[index];

    /// <summary>The actor last mentioned under exactly this name key.</summary>
    public DocumentActor? ByName(string key) => byName.TryGetValue(key, out var entry) ? LatestOf(entry) : null;

    /// <summary>
    /// <see cref="ByName(string)"/> for a key held in a buffer, with the name key as the document first met it: a
    /// repeated name needs no lookup in the (much larger) pool of every key.
    /// </summary>
    public DocumentActor? ByName(ReadOnlySpan<char> key, out string met)
    {
        if (byNameChars.TryGetValue(key, out var stored, out var entry))
        {
            met = stored;
            return LatestOf(entry);
        }

        met = "";
        return null;
    }

    /// <summary>The person last mentioned whose surname is <paramref name="key"/>.</summary>
    public DocumentActor? BySurname(string key) => bySurname.TryGetValue(key, out var entry) ? LatestOf(entry) : null;

    /// <summary>Whether some person of the document goes by surname <paramref name="key"/> (a key held in a buffer).</summary>
    public bool HasSurname(ReadOnlySpan<char> key) => bySurnameChars.ContainsKey(key);

    /// <summary>Whether any person of the document has a surname yet (else surname lookups can be skipped).</summary>
    public bool HasSurnames => bySurname.Count > 0;

    /// <summary>The actor with <paramref name="id"/>, when the document has met it.</summary>
    public DocumentActor? ById(string id) => byId.GetValueOrDefault(id);

    /// <summary>The actor last mentioned that <paramref name="fits"/>.</summary>
    public DocumentActor? Latest(Func<DocumentActor, bool> fits)
    {
        DocumentActor? best = null;
        foreach (var actor in actors)
        {
            if (fits(actor) && (best is null || actor.LastSeen > best.LastSeen))
            {
                best = actor;
            }
        }

        return best;
    }

    /// <summary>Records a mention of <paramref name="id"/> at <paramref name="at"/>, introducing it when new.</summary>
    public DocumentActor Seen(string id, bool isPerson, int at)
    {
        if (!byId.TryGetValue(id, out var actor))
        {
            actor = (spare.Count > 0 ? spare.Pop() : new DocumentActor(this)).Reset(id, isPerson, at);
            actors.Add(actor);
            byId[id] = actor;
        }

        actor.LastSeen = at;
        return actor;
    }

    /// <summary>Forgets every actor, for the next document; indexes a long document grew are shrunk back.</summary>
    public void Clear()
    {
        var large = byName.Count > 256;

        // A very long document's actors are not all kept for the short ones after it.
        for (var i = 0; i < actors.Count && spare.Count < 256; i++)
        {
            spare.Push(actors[i]);
        }

        actors.Clear();
        byId.Clear();
        byName.Clear();
        bySurname.Clear();
        if (large)
        {
            byId.TrimExcess(64);
            byName.TrimExcess(64);
            bySurname.TrimExcess(64);
            actors.Capacity = 64;
        }

        nextNil = 1;
    }

    /// <summary>A fresh NIL id for this document.</summary>
    public string NewNilId()
    {
        var number = nextNil++;
        while (nilIds.Count < number && nilIds.Count < 1024)
        {
            nilIds.Add(EntityLink.NilPrefix + (nilIds.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return number <= nilIds.Count ? nilIds[number - 1] : EntityLink.NilPrefix + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    internal void IndexName(DocumentActor actor, string key) => Index(byName, key, actor);

    internal void IndexSurname(DocumentActor actor, string surname) => Index(bySurname, surname, actor);

    private static void Index(Dictionary<string, object> index, string key, DocumentActor actor)
    {
        if (!index.TryGetValue(key, out var entry))
        {
            index[key] = actor;
        }
        else if (entry is List<DocumentActor> list)
        {
            list.Add(actor);
        }
        else
        {
            index[key] = new List<DocumentActor>(2) { (DocumentActor)entry, actor };
        }
    }

    private static DocumentActor? LatestOf(object? entry)
    {
        if (entry is not List<DocumentActor> candidates)
        {
            return (DocumentActor?)entry;
        }

        DocumentActor? best = null;
        foreach (var actor in candidates)
        {
            if (best is null || actor.LastSeen > best.LastSeen)
            {
                best = actor;
            }
        }

        return best;
    }
}
