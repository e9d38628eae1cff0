using System.Collections.Immutable;
using Backchannel.Knowledge.Model;
using Backchannel.Knowledge.Names;

namespace Backchannel.Knowledge;

/// <summary>
/// The record, in memory and immutable (never written after construction, so plain dictionaries are safe to share): entities by id, names to ids, terms of office by holder and by post,
/// sanctions and relations by person. Built once (from a KB file or from importers) and shared by every thread.
/// </summary>
public sealed class KnowledgeBase
{
    private readonly Dictionary<string, KbEntity>? byId;
    private readonly Snapshot.SnapshotRecord? snapshot;
    private readonly KeyedLists<NameEntry> byExactName;
    private readonly KeyedLists<NameEntry> byLooseName;
    private readonly KeyedLists<string> bySurname;
    private readonly KeyedLists<Occupancy> termsByHolder;
    private readonly KeyedLists<Occupancy> termsByPost;
    private readonly KeyedLists<Sanction> sanctionsByEntity;
    private readonly KeyedLists<Relation> relationsByPerson;
    private readonly KeyedLists<NameAlias> aliasesByEntity;
    private readonly Lazy<KeyedLists<KbEntity>> bySchema;
    private readonly Lazy<ImmutableArray<KbEntity>> entities;

    private KnowledgeBase(IReadOnlyCollection<KbEntity> entities)
    {
        byId = entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        ImmutableArray<KbEntity> all = [.. entities];
        this.entities = new(all);
        bySchema = new(() => new DictionaryLists<KbEntity>(Group(all, e => e.Schema)));
        var terms = entities.Where(e => e.Schema == Schemas.Occupancy).Select(e => new Occupancy(e)).ToList();
        termsByHolder = new DictionaryLists<Occupancy>(Group(terms, t => t.HolderId));
        termsByPost = new DictionaryLists<Occupancy>(Group(terms, t => t.PostId));
        sanctionsByEntity = new DictionaryLists<Sanction>(Group(entities.Where(e => e.Schema == Schemas.Sanction).Select(e => new Sanction(e)), s => s.EntityId));
        var relations = entities.Where(e => e.Schema is Schemas.Family or Schemas.Associate).Select(e => new Relation(e)).ToList();
        relationsByPerson = new DictionaryLists<Relation>(relations
            .SelectMany(r => new[] { (Key: r.PersonId, Relation: r), (Key: r.OtherId, Relation: r) })
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Relation).Distinct().ToImmutableArray(), StringComparer.Ordinal));
        var aliases = entities.Where(e => e.Schema == Schemas.NameAlias).Select(e => new NameAlias(e)).ToList();
        aliasesByEntity = new DictionaryLists<NameAlias>(Group(aliases, a => a.EntityId));

        // Keys are computed once per name (the exact key feeds the loose one); plain dictionaries build far faster than
        // frozen ones, and lookups here are per mention, not per token.
        var names = NameEntries(entities, aliases).Select(n => (Entry: n, Exact: NameKey.Exact(n.Name))).Where(n => n.Exact.Length > 0).ToList();
        byExactName = new DictionaryLists<NameEntry>(Index(names.Select(n => (n.Exact, n.Entry))));
        byLooseName = new DictionaryLists<NameEntry>(Index(names.Select(n => (NameKey.LooseFromExact(n.Exact), n.Entry))));
        var byIdLocal = byId;
        bySurname = new DictionaryLists<string>(names
            .Where(n => byIdLocal.TryGetValue(n.Entry.EntityId, out var e) && e.Schema == Schemas.Person && n.Entry.Kind is "name" or "transliteration")
            .Select(n => (Surname: Surname(n.Entry.Name), n.Entry.EntityId))
            .Where(p => p.Surname.Length > 1)
            .GroupBy(p => p.Surname, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.EntityId).Distinct(StringComparer.Ordinal).ToImmutableArray(), StringComparer.Ordinal));
    }

    /// <summary>A knowledge base over a snapshot: entities are decoded when first asked for, indexes read as stored.</summary>
    internal KnowledgeBase(Snapshot.SnapshotRecord snapshot)
    {
        this.snapshot = snapshot;
        entities = new(snapshot.All, LazyThreadSafetyMode.ExecutionAndPublication);
        bySchema = new(snapshot.BySchema);
        byExactName = snapshot.ExactNames;
        byLooseName = snapshot.LooseNames;
        bySurname = snapshot.Surnames;
        termsByHolder = snapshot.TermsByHolder;
        termsByPost = snapshot.TermsByPost;
        sanctionsByEntity = snapshot.SanctionsByEntity;
        relationsByPerson = snapshot.RelationsByPerson;
        aliasesByEntity = snapshot.AliasesByEntity;
    }

    /// <summary>Every entity, in load order (from a snapshot, decoding every entity the first time).</summary>
    public ImmutableArray<KbEntity> Entities => entities.Value;

    /// <summary>How many entities the record holds (decodes nothing).</summary>
    public int Count => snapshot?.Count ?? entities.Value.Length;

    /// <summary>The entities of one schema, in load order (from a snapshot, decoding only those).</summary>
    public ImmutableArray<KbEntity> OfSchema(string schema) => bySchema.Value.Get(schema);

    /// <summary>True when this record was read from a snapshot rather than parsed.</summary>
    internal bool FromSnapshot => snapshot is not null;

    /// <summary>
    /// The snapshot file this record was read from (null when parsed): indexes other stages derive from the record
    /// (the linker's) are stored beside it, keyed by <see cref="SnapshotHeader"/>.
    /// </summary>
    internal string? SnapshotPath { get; init; }

    /// <summary>The header of the snapshot this record was read from (source hash, engine build, payload hash), or empty.</summary>
    internal ReadOnlySpan<byte> SnapshotHeader => snapshot is null ? default : snapshot.Header;

    /// <summary>An empty knowledge base (linking then yields only NIL entities).</summary>
    public static KnowledgeBase Empty { get; } = new([]);

    /// <summary>Indexes <paramref name="entities"/>; ids must be unique (merge first).</summary>
    public static KnowledgeBase From(IEnumerable<KbEntity> entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var list = entities.ToList();
        var ids = new HashSet<string>(list.Count, StringComparer.Ordinal);
        var duplicate = list.Find(e => !ids.Add(e.Id));
        return duplicate is null
            ? new KnowledgeBase(list)
            : throw new ArgumentException($"Duplicate entity id '{duplicate.Id}': merge before indexing.", nameof(entities));
    }

    /// <summary>The entity with <paramref name="id"/>, or null.</summary>
    public KbEntity? Get(string id) => snapshot is null ? byId!.GetValueOrDefault(id) : snapshot.Get(id);

    /// <summary>Entities with a name or alias equal to <paramref name="name"/> after <see cref="NameKey.Exact"/>.</summary>
    public ImmutableArray<NameEntry> FindExact(ReadOnlySpan<char> name) =>
        byExactName.Get(NameKey.Exact(name));

    /// <summary><see cref="FindExact"/> for a name already keyed with <see cref="NameKey.Exact"/> (the linker keys once).</summary>
    public ImmutableArray<NameEntry> FindByExactKey(string key) => byExactName.Get(key);

    /// <summary><see cref="FindLoose"/> for a name already keyed with <see cref="NameKey.Exact"/>.</summary>
    public ImmutableArray<NameEntry> FindLooseByExactKey(string key) => byLooseName.Get(NameKey.LooseFromExact(key));

    /// <summary>Entities whose name matches after folding transliteration variants (<see cref="NameKey.Loose"/>).</summary>
    public ImmutableArray<NameEntry> FindLoose(ReadOnlySpan<char> name) =>
        byLooseName.Get(NameKey.Loose(name));

    /// <summary>People whose name ends with <paramref name="surname"/> (exact key).</summary>
    public ImmutableArray<string> FindBySurname(ReadOnlySpan<char> surname) =>
        bySurname.Get(NameKey.Exact(surname));

    /// <summary>Every <see cref="NameKey.Exact"/> key the record can find (for filters that must cover them all).</summary>
    internal IEnumerable<string> ExactNameKeys => byExactName.Keys;

    /// <summary>Every <see cref="NameKey.Loose"/> key the record can find.</summary>
    internal IEnumerable<string> LooseNameKeys => byLooseName.Keys;

    /// <summary>Every surname key <see cref="FindBySurname"/> can find.</summary>
    internal IEnumerable<string> SurnameKeys => bySurname.Keys;

    /// <summary>Every term of office of <paramref name="holderId"/>.</summary>
    public ImmutableArray<Occupancy> TermsOf(string holderId) => termsByHolder.Get(holderId);

    /// <summary>Every term of office of post <paramref name="positionId"/>.</summary>
    public ImmutableArray<Occupancy> TermsIn(string positionId) => termsByPost.Get(positionId);

    /// <summary>Sanctions on <paramref name="entityId"/>.</summary>
    public ImmutableArray<Sanction> SanctionsOn(string entityId) => sanctionsByEntity.Get(entityId);

    /// <summary>Family and associate links with <paramref name="personId"/> on either side.</summary>
    public ImmutableArray<Relation> RelationsOf(string personId) => relationsByPerson.Get(personId);

    /// <summary>Dated names of <paramref name="entityId"/>.</summary>
    public ImmutableArray<NameAlias> AliasesOf(string entityId) => aliasesByEntity.Get(entityId);

    /// <summary>The terms of <paramref name="holderId"/> that may cover <paramref name="day"/>, each with its check.</summary>
    public IReadOnlyList<(Occupancy Term, TermCheck Check)> RolesOn(string holderId, DateOnly day) =>
        [.. TermsOf(holderId).Select(t => (t, t.On(day))).Where(p => p.Item2.Possible)];

    /// <summary>Who may have held <paramref name="positionId"/> on <paramref name="day"/>, each with its check.</summary>
    public IReadOnlyList<(Occupancy Term, TermCheck Check)> HoldersOn(string positionId, DateOnly day) =>
        [.. TermsIn(positionId).Select(t => (t, t.On(day))).Where(p => p.Item2.Possible)];

    /// <summary>Counts of entities by schema.</summary>
    public IReadOnlyDictionary<string, int> CountBySchema() =>
        bySchema.Value.Keys.ToDictionary(k => k, k => bySchema.Value.Get(k).Length, StringComparer.Ordinal);

    private static IEnumerable<NameEntry> NameEntries(IEnumerable<KbEntity> entities, IEnumerable<NameAlias> aliases)
    {
        foreach (var e in entities)
        {
            if (!Schemas.IsActor(e.Schema))
            {
                continue;
            }

            foreach (var name in e.Values(Props.Name))
            {
                yield return new NameEntry(e.Id, name, "name", null);
            }

            foreach (var name in e.Values(Props.Alias))
            {
                yield return new NameEntry(e.Id, name, "name", null);
            }

            foreach (var name in e.Values(Props.WeakAlias))
            {
                yield return new NameEntry(e.Id, name, "weak", null);
            }

            foreach (var name in e.Values(Props.PreviousName))
            {
                yield return new NameEntry(e.Id, name, "previous", null);
            }
        }

        foreach (var alias in aliases)
        {
            yield return new NameEntry(alias.EntityId, alias.Name, alias.Kind, alias);
        }
    }

    private static Dictionary<string, ImmutableArray<NameEntry>> Index(IEnumerable<(string Key, NameEntry Entry)> pairs)
    {
        var lists = new Dictionary<string, List<NameEntry>>(StringComparer.Ordinal);
        foreach (var (key, entry) in pairs)
        {
            if (!lists.TryGetValue(key, out var list))
            {
                lists[key] = list = new List<NameEntry>(1);
            }

            if (!list.Contains(entry))
            {
                list.Add(entry);
            }
        }

        return lists.ToDictionary(p => p.Key, p => p.Value.ToImmutableArray(), StringComparer.Ordinal);
    }

    private static string Surname(string name)
    {
        var key = NameKey.Exact(name);
        var space = key.LastIndexOf(' ');
        return space < 0 ? "" : key[(space + 1)..];
    }

    /// <summary>The indexes, by name, for the snapshot writer (which stores them as they are).</summary>
    internal (KeyedLists<NameEntry> Exact, KeyedLists<NameEntry> Loose, KeyedLists<string> Surnames, KeyedLists<Occupancy> TermsByHolder,
        KeyedLists<Occupancy> TermsByPost, KeyedLists<Sanction> Sanctions, KeyedLists<Relation> Relations, KeyedLists<NameAlias> Aliases, KeyedLists<KbEntity> BySchema) Indexes =>
        (byExactName, byLooseName, bySurname, termsByHolder, termsByPost, sanctionsByEntity, relationsByPerson, aliasesByEntity, bySchema.Value);

    private static Dictionary<string, ImmutableArray<T>> Group<T>(IEnumerable<T> items, Func<T, string> key) =>
        items.GroupBy(key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);
}
