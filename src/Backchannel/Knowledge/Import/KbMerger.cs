using Backchannel.Knowledge.Model;
using Backchannel.Knowledge.Names;

namespace Backchannel.Knowledge.Import;

/// <summary>
/// Unites what several importers said about the same actor. Entities merge when they share an id, a Wikidata id, or —
/// for people — the same name with a shared nationality and no conflicting birth date ("name plus dates"). The
/// surviving id is the most stable one (a Wikidata QID before a curated id before a dataset row id); every reference
/// (holder, post, entity, person, relative, associate) is rewritten to it, and <c>mergedFrom</c> keeps the ids that were
/// folded in, so provenance survives.
/// </summary>
public static class KbMerger
{
    private static readonly string[] ReferenceProps =
        [Props.Holder, Props.Post, Props.Entity, Props.Person, Props.Relative, Props.Associate, Props.Organization];

    /// <summary>Merges <paramref name="entities"/>; the result has unique ids.</summary>
    public static List<KbEntity> Merge(IEnumerable<KbEntity> entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var all = entities.ToList();
        var sets = new UnionFind();
        foreach (var e in all)
        {
            sets.Add(e.Id);
        }

        LinkBy(all.Where(e => Schemas.IsActor(e.Schema)), e => e.Values(Props.WikidataId).Where(q => q.Length > 1), sets);
        LinkPeopleByName(all.Where(e => e.Schema == Schemas.Person).ToList(), sets);
        // A country has one head of state and one head of government, whatever each source calls the post.
        LinkBy(
            all.Where(e => e.Schema == Schemas.Position && e.First(Props.Role) is "head_of_state" or "head_of_government" && e.First(Props.Country) is not null),
            e => [$"{e.First(Props.Country)}|{e.First(Props.Role)}"],
            sets);

        // Each group's surviving id, then the group's entities folded into one builder.
        var survivor = all.GroupBy(e => sets.Find(e.Id), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Id).Distinct(StringComparer.Ordinal).OrderBy(Rank).ThenBy(id => id, StringComparer.Ordinal).First(), StringComparer.Ordinal);
        string Resolve(string id) => sets.Contains(id) ? survivor[sets.Find(id)] : id;

        var merged = new Dictionary<string, KbEntityBuilder>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var e in all)
        {
            var id = Resolve(e.Id);
            if (!merged.TryGetValue(id, out var builder))
            {
                merged[id] = builder = new KbEntityBuilder(e.Schema, id);
                order.Add(id);
            }

            if (e.Id != id)
            {
                builder.Add(Props.MergedFrom, e.Id);
            }

            foreach (var (key, values) in e.Properties)
            {
                if (key is Props.Publisher or Props.SourceUrl or Props.RecordId or Props.RetrievedAt)
                {
                    continue;
                }

                builder.AddAll(key, ReferenceProps.Contains(key) ? values.Select(Resolve) : values);
            }

            foreach (var citation in e.Citations)
            {
                builder.Cite(citation);
            }
        }

        return MergeSameFacts(order.Select(id => merged[id].Build()));
    }

    /// <summary>
    /// Once ids agree, two sources often state the same fact (a term with the same holder, post and start). Those
    /// become one fact with both citations; the first id stays.
    /// </summary>
    private static List<KbEntity> MergeSameFacts(IEnumerable<KbEntity> entities)
    {
        var byKey = new Dictionary<string, KbEntityBuilder>(StringComparer.Ordinal);
        var order = new List<KbEntityBuilder>();
        foreach (var e in entities)
        {
            var key = FactKey(e);
            if (key is not null && byKey.TryGetValue(key, out var existing))
            {
                existing.Add(Props.MergedFrom, e.Id);
                foreach (var (prop, values) in e.Properties)
                {
                    if (prop is not (Props.Publisher or Props.SourceUrl or Props.RecordId or Props.RetrievedAt))
                    {
                        existing.AddAll(prop, values);
                    }
                }

                foreach (var citation in e.Citations)
                {
                    existing.Cite(citation);
                }

                continue;
            }

            var builder = e.ToBuilder();
            order.Add(builder);
            if (key is not null)
            {
                byKey[key] = builder;
            }
        }

        return [.. order.Select(b => b.Build())];
    }

    private static string? FactKey(KbEntity e) => e.Schema switch
    {
        Schemas.Occupancy => $"occ|{e.First(Props.Holder)}|{e.First(Props.Post)}|{e.First(Props.StartDate) ?? "?" + e.First(Props.EndDate)}",
        Schemas.Sanction => $"san|{e.First(Props.Entity)}|{e.First(Props.Authority)}|{e.First(Props.Program)}|{e.First(Props.ListingDate)}",
        Schemas.Family or Schemas.Associate => $"rel|{e.First(Props.Person)}|{e.First(Props.Relative) ?? e.First(Props.Associate)}|{e.First(Props.Relationship)}",
        Schemas.NameAlias => $"alias|{e.First(Props.Entity)}|{NameKey.Exact(e.First(Props.Name) ?? "")}",
        _ => null,
    };

    /// <summary>
    /// Lower ranks survive: Wikidata QIDs, then curated ids, then dataset ids; the generic per-country posts
    /// ("us-head-of-state") last, so a named post ("us-president") keeps its id when they merge.
    /// </summary>
    private static int Rank(string id) =>
        id.Length > 1 && id[0] == 'Q' && id.AsSpan(1).IndexOfAnyExceptInRange('0', '9') < 0 ? 0
        : id.StartsWith("bc:", StringComparison.Ordinal) ? 1
        : id.EndsWith("-head-of-state", StringComparison.Ordinal) || id.EndsWith("-head-of-government", StringComparison.Ordinal) ? 3
        : 2;

    private static void LinkBy(IEnumerable<KbEntity> entities, Func<KbEntity, IEnumerable<string>> keys, UnionFind sets)
    {
        var first = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in entities)
        {
            foreach (var key in keys(e))
            {
                if (first.TryGetValue(key, out var other))
                {
                    sets.Union(other, e.Id);
                }
                else
                {
                    first[key] = e.Id;
                }
            }
        }
    }

    private static void LinkPeopleByName(List<KbEntity> people, UnionFind sets)
    {
        foreach (var group in people.GroupBy(p => NameKey.Exact(p.Caption), StringComparer.Ordinal).Where(g => g.Key.Contains(' ', StringComparison.Ordinal)))
        {
            var members = group.ToList();
            for (var i = 0; i < members.Count; i++)
            {
                for (var j = i + 1; j < members.Count; j++)
                {
                    if (SamePerson(members[i], members[j]))
                    {
                        sets.Union(members[i].Id, members[j].Id);
                    }
                }
            }
        }
    }

    /// <summary>Same name is not enough: they must share a nationality and not disagree on the birth date.</summary>
    private static bool SamePerson(KbEntity a, KbEntity b)
    {
        if (a.Date(Props.BirthDate) is { } ba && b.Date(Props.BirthDate) is { } bb)
        {
            return ba.Year == bb.Year && (ba.Precision == DatePrecision.Year || bb.Precision == DatePrecision.Year || ba.Earliest == bb.Earliest);
        }

        var countries = a.Values(Props.Nationality).Concat(a.Values(Props.Country)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return b.Values(Props.Nationality).Concat(b.Values(Props.Country)).Any(countries.Contains);
    }

    private sealed class UnionFind
    {
        private readonly Dictionary<string, string> parent = new(StringComparer.Ordinal);

        public void Add(string id) => parent.TryAdd(id, id);

        public bool Contains(string id) => parent.ContainsKey(id);

        public string Find(string id)
        {
            var root = id;
            while (parent[root] != root)
            {
                root = parent[root];
            }

            while (parent[id] != root)
            {
                (parent[id], id) = (root, parent[id]);
            }

            return root;
        }

        public void Union(string a, string b)
        {
            var ra = Find(a);
            var rb = Find(b);
            if (ra != rb)
            {
                parent[rb] = ra;
            }
        }
    }
}
