using System.Collections.Frozen;
using System.Collections.Immutable;
using Backchannel.Knowledge.Model;
using Backchannel.Knowledge.Names;

namespace Backchannel.Knowledge;

/// <summary>
/// The record, in memory and immutable: entities by id, names to ids, terms of office by holder and by post,
/// sanctions and relations by person. Built once (from a KB file or from importers) and shared by every thread.
/// </summary>
public sealed class KnowledgeBase
{
    private readonly FrozenDictionary<string, KbEntity> byId;
    private readonly FrozenDictionary<string, ImmutableArray<NameEntry>> byExactName;
    private readonly FrozenDictionary<string, ImmutableArray<NameEntry>> byLooseName;
    private readonly FrozenDictionary<string, ImmutableArray<string>> bySurname;
    private readonly FrozenDictionary<string, ImmutableArray<Occupancy>> termsByHolder;
    private readonly FrozenDictionary<string, ImmutableArray<Occupancy>> termsByPost;
    private readonly FrozenDictionary<string, ImmutableArray<Sanction>> sanctionsByEntity;
    private readonly FrozenDictionary<string, ImmutableArray<Relation>> relationsByPerson;
    private readonly FrozenDictionary<string, ImmutableArray<NameAlias>> aliasesByEntity;

    private KnowledgeBase(IReadOnlyCollection<KbEntity> entities)
    {
        byId = entities.ToFrozenDictionary(e => e.Id, StringComparer.Ordinal);
        Entities = [.. entities];
        var terms = entities.Where(e => e.Schema == Schemas.Occupancy).Select(e => new Occupancy(e)).ToList();
        termsByHolder = Group(terms, t => t.HolderId);
        termsByPost = Group(terms, t => t.PostId);
        sanctionsByEntity = Group(entities.Where(e => e.Schema == Schemas.Sanction).Select(e => new Sanction(e)), s => s.EntityId);
        var relations = entities.Where(e => e.Schema is Schemas.Family or Schemas.Associate).Select(e => new Relation(e)).ToList();
        relationsByPerson = relations
            .SelectMany(r => new[] { (Key: r.PersonId, Relation: r), (Key: r.OtherId, Relation: r) })
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(p => p.Relation).Distinct().ToImmutableArray(), StringComparer.Ordinal);
        var aliases = entities.Where(e => e.Schema == Schemas.NameAlias).Select(e => new NameAlias(e)).ToList();
        aliasesByEntity = Group(aliases, a => a.EntityId);

        var names = NameEntries(entities, aliases).ToList();
        byExactName = names.GroupBy(n => NameKey.Exact(n.Name), StringComparer.Ordinal)
            .Where(g => g.Key.Length > 0)
            .ToFrozenDictionary(g => g.Key, g => g.Distinct().ToImmutableArray(), StringComparer.Ordinal);
        byLooseName = names.GroupBy(n => NameKey.Loose(n.Name), StringComparer.Ordinal)
            .Where(g => g.Key.Length > 0)
            .ToFrozenDictionary(g => g.Key, g => g.Distinct().ToImmutableArray(), StringComparer.Ordinal);
        bySurname = names
            .Where(n => byId.TryGetValue(n.EntityId, out var e) && e.Schema == Schemas.Person && n.Kind is "name" or "transliteration")
            .Select(n => (Surname: Surname(n.Name), n.EntityId))
            .Where(p => p.Surname.Length > 1)
            .GroupBy(p => p.Surname, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(p => p.EntityId).Distinct(StringComparer.Ordinal).ToImmutableArray(), StringComparer.Ordinal);
    }

    /// <summary>Every entity, in load order.</summary>
    public ImmutableArray<KbEntity> Entities { get; }

    /// <summary>An empty knowledge base (linking then yields only NIL entities).</summary>
    public static KnowledgeBase Empty { get; } = new([]);

    /// <summary>Indexes <paramref name="entities"/>; ids must be unique (merge first).</summary>
    public static KnowledgeBase From(IEnumerable<KbEntity> entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var list = entities.ToList();
        var duplicate = list.GroupBy(e => e.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null
            ? new KnowledgeBase(list)
            : throw new ArgumentException($"Duplicate entity id '{duplicate.Key}': merge before indexing.", nameof(entities));
    }

    /// <summary>The entity with <paramref name="id"/>, or null.</summary>
    public KbEntity? Get(string id) => byId.GetValueOrDefault(id);

    /// <summary>Entities with a name or alias equal to <paramref name="name"/> after <see cref="NameKey.Exact"/>.</summary>
    public ImmutableArray<NameEntry> FindExact(ReadOnlySpan<char> name) =>
        byExactName.GetValueOrDefault(NameKey.Exact(name), []);

    /// <summary>Entities whose name matches after folding transliteration variants (<see cref="NameKey.Loose"/>).</summary>
    public ImmutableArray<NameEntry> FindLoose(ReadOnlySpan<char> name) =>
        byLooseName.GetValueOrDefault(NameKey.Loose(name), []);

    /// <summary>People whose name ends with <paramref name="surname"/> (exact key).</summary>
    public ImmutableArray<string> FindBySurname(ReadOnlySpan<char> surname) =>
        bySurname.GetValueOrDefault(NameKey.Exact(surname), []);

    /// <summary>Every term of office of <paramref name="holderId"/>.</summary>
    public ImmutableArray<Occupancy> TermsOf(string holderId) => termsByHolder.GetValueOrDefault(holderId, []);

    /// <summary>Every term of office of post <paramref name="positionId"/>.</summary>
    public ImmutableArray<Occupancy> TermsIn(string positionId) => termsByPost.GetValueOrDefault(positionId, []);

    /// <summary>Sanctions on <paramref name="entityId"/>.</summary>
    public ImmutableArray<Sanction> SanctionsOn(string entityId) => sanctionsByEntity.GetValueOrDefault(entityId, []);

    /// <summary>Family and associate links with <paramref name="personId"/> on either side.</summary>
    public ImmutableArray<Relation> RelationsOf(string personId) => relationsByPerson.GetValueOrDefault(personId, []);

    /// <summary>Dated names of <paramref name="entityId"/>.</summary>
    public ImmutableArray<NameAlias> AliasesOf(string entityId) => aliasesByEntity.GetValueOrDefault(entityId, []);

    /// <summary>The terms of <paramref name="holderId"/> that may cover <paramref name="day"/>, each with its check.</summary>
    public IReadOnlyList<(Occupancy Term, TermCheck Check)> RolesOn(string holderId, DateOnly day) =>
        [.. TermsOf(holderId).Select(t => (t, t.On(day))).Where(p => p.Item2.Possible)];

    /// <summary>Who may have held <paramref name="positionId"/> on <paramref name="day"/>, each with its check.</summary>
    public IReadOnlyList<(Occupancy Term, TermCheck Check)> HoldersOn(string positionId, DateOnly day) =>
        [.. TermsIn(positionId).Select(t => (t, t.On(day))).Where(p => p.Item2.Possible)];

    /// <summary>Counts of entities by schema.</summary>
    public IReadOnlyDictionary<string, int> CountBySchema() =>
        Entities.GroupBy(e => e.Schema, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

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

    private static string Surname(string name)
    {
        var key = NameKey.Exact(name);
        var space = key.LastIndexOf(' ');
        return space < 0 ? "" : key[(space + 1)..];
    }

    private static FrozenDictionary<string, ImmutableArray<T>> Group<T>(IEnumerable<T> items, Func<T, string> key) =>
        items.GroupBy(key, StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);
}
