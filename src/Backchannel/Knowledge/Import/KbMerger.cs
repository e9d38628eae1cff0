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
            sets.Add(e.Id, e.Schema == Schemas.Person ? Identity.Of(e) : Identity.None);
        }

        LinkBy(all.Where(e => Schemas.IsActor(e.Schema)), e => e.Values(Props.WikidataId).Where(q => q.Length > 1), sets);
        LinkPeopleByName(all.Where(e => e.Schema == Schemas.Person).ToList(), sets, Spells(all));
        // A country has one head of state, one head of government and one foreign minister, whatever each source
        // calls the post ("us-secretary-of-state", POCOM's secretary, Wikidata's "Secretary of State").
        LinkBy(
            all.Where(e => e.Schema == Schemas.Position && e.First(Props.Role) is "head_of_state" or "head_of_government" or "foreign_minister" && e.First(Props.Country) is not null),
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

        var facts = MergeSameFacts(order.Select(id => merged[id].Build()));
        return SameSpells.Merge(facts);
    }

    /// <summary>
    /// Once ids agree, two sources often state the same fact (a listing, a relation, a dated name). Those become one
    /// fact with both citations; the first id stays. Terms of office are matched by their spell (<see cref="SameSpells"/>).
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
        Schemas.Sanction => $"san|{e.First(Props.Entity)}|{e.First(Props.Authority)}|{e.First(Props.Program)}|{e.First(Props.ListingDate)}",
        Schemas.Family or Schemas.Associate => $"rel|{e.First(Props.Person)}|{e.First(Props.Relative) ?? e.First(Props.Associate)}|{e.First(Props.Relationship)}",
        Schemas.NameAlias => $"alias|{e.First(Props.Entity)}|{NameKey.Exact(e.First(Props.Name) ?? "")}",
        _ => null,
    };

    /// <summary>
    /// Lower ranks survive: Wikidata QIDs, then curated ids ("bc:…", and curated posts named plainly, "us-president"),
    /// then dataset ids ("ofac:…", "pocom:…"); the generic per-country posts ("us-head-of-state", "us-foreign-minister")
    /// last, so a named post keeps its id when they merge.
    /// </summary>
    private static int Rank(string id) =>
        id.Length > 1 && id[0] == 'Q' && id.AsSpan(1).IndexOfAnyExceptInRange('0', '9') < 0 ? 0
        : id.StartsWith("bc:", StringComparison.Ordinal) ? 1
        : id.EndsWith("-head-of-state", StringComparison.Ordinal) || id.EndsWith("-head-of-government", StringComparison.Ordinal)
            || id.EndsWith("-foreign-minister", StringComparison.Ordinal) ? 4
        : id.Contains(':', StringComparison.Ordinal) ? 3
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

    /// <summary>
    /// People are matched by any of their full names (name or alias, exact key, two words or more: Phoenix's "Sergey
    /// Lavrov" is an alias of OFAC's "Sergey Viktorovich Lavrov"), then kept apart unless the evidence agrees
    /// (<see cref="SamePerson"/>). A false merge is a false fact, so a name alone never suffices.
    /// </summary>
    private static void LinkPeopleByName(List<KbEntity> people, UnionFind sets, Dictionary<string, List<(string Country, DateOnly From, DateOnly To)>> spells)
    {
        var byKey = new Dictionary<string, List<KbEntity>>(StringComparer.Ordinal);
        var surnameCount = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var person in people)
        {
            foreach (var key in FullNameKeys(person).Concat(ShortNameKeys(person)))
            {
                if (!byKey.TryGetValue(key, out var list))
                {
                    byKey[key] = list = [];
                }

                if (!list.Contains(person))
                {
                    list.Add(person);
                }

                var surname = key[(key.LastIndexOf(' ') + 1)..];
                if (!surnameCount.TryGetValue(surname, out var holders))
                {
                    surnameCount[surname] = holders = new HashSet<string>(StringComparer.Ordinal);
                }

                holders.Add(person.Id);
            }
        }

        foreach (var (key, members) in byKey)
        {
            if (members.Count < 2)
            {
                continue;
            }

            var surname = key[(key.LastIndexOf(' ') + 1)..];
            var common = surnameCount[surname].Count > CommonSurname;
            var shortKey = key.StartsWith(ShortKeyMark, StringComparison.Ordinal);
            for (var i = 0; i < members.Count; i++)
            {
                for (var j = i + 1; j < members.Count; j++)
                {
                    // A name without its middle names ("John Kerry" for "John Forbes Kerry") needs birth dates that agree.
                    if (members[i].Id != members[j].Id && (!shortKey || BothBorn(members[i], members[j])) && (SamePerson(members[i], members[j], members, common) || (common && GovernedTogether(members[i], members[j], spells))))
                    {
                        sets.TryUnion(members[i].Id, members[j].Id);
                    }
                }
            }
        }
    }

    /// <summary>
    /// Past this many people with one surname, the surname says little: "Mohammed Ali", "Sergei Ivanov" and "John
    /// Smith" are several people in the sanctions list alone, so such names merge only on matching birth dates.
    /// </summary>
    private const int CommonSurname = 12;

    private const string ShortKeyMark = "\u0001";

    private static bool BothBorn(KbEntity a, KbEntity b) => a.Date(Props.BirthDate) is not null && b.Date(Props.BirthDate) is not null;

    /// <summary>Given name and surname of names with middle names, marked so they never meet a full-name key.</summary>
    private static IEnumerable<string> ShortNameKeys(KbEntity person) =>
        FullNameKeys(person).Select(k => k.Split(' ')).Where(w => w.Length >= 3).Select(w => $"{ShortKeyMark}{w[0]} {w[^1]}")
            .Concat(FullNameKeys(person).Where(k => k.Split(' ').Length == 2).Select(k => ShortKeyMark + k)).Distinct(StringComparer.Ordinal);

    private static IEnumerable<string> FullNameKeys(KbEntity person) =>
        person.Values(Props.Name).Concat(person.Values(Props.Alias))
            .Select(n => NameKey.Exact(n)).Where(k => k.Contains(' ', StringComparison.Ordinal)).Distinct(StringComparer.Ordinal);

    /// <summary>
    /// Same name is not enough, and two entries of one dataset are never merged by name. Birth dates, where both give one, must agree (a day against a day exactly); agreeing
    /// to the day is enough, agreeing to the year needs a shared nationality or country too. Without two birth dates, a
    /// shared nationality or country is needed, the surname must not be common, and the name must be unambiguous:
    /// no third person with that name and a shared country from the same source (two OFAC "Mohammed Ali"s of one
    /// country block a name-only merge with either).
    /// </summary>
    private static bool SamePerson(KbEntity a, KbEntity b, List<KbEntity> sameName, bool commonSurname)
    {
        // One dataset lists one person once: two of its entries (two QIDs, two OFAC numbers) are two people.
        if (Source(a) == Source(b))
        {
            return false;
        }

        var countries = Countries(a);
        var shared = Countries(b).Any(countries.Contains);
        if (a.Date(Props.BirthDate) is { } ba && b.Date(Props.BirthDate) is { } bb)
        {
            if (ba.Year != bb.Year || (ba.Precision == DatePrecision.Day && bb.Precision == DatePrecision.Day && ba.Earliest != bb.Earliest)
                || (ba.Precision != DatePrecision.Year && bb.Precision != DatePrecision.Year && ba.Month != bb.Month))
            {
                return false;
            }

            return (ba.Precision == DatePrecision.Day && bb.Precision == DatePrecision.Day) || shared;
        }

        if (!shared || commonSurname)
        {
            return false;
        }

        // Another same-named person of a shared country from either side's source makes the name ambiguous.
        return !sameName.Any(o => o.Id != a.Id && o.Id != b.Id && (Source(o) == Source(a) || Source(o) == Source(b))
            && Countries(o).Any(c => countries.Contains(c)));
    }

    /// <summary>
    /// A common surname's last resort: the same full name holding posts of one country over overlapping days
    /// (Phoenix's "Gordon Brown", a GBR GOV actor 2007–2010, and Wikidata's prime minister of 2007–2010). Two people of
    /// one name in one government at once is rarer than a common surname; birth dates that disagree still forbid it.
    /// </summary>
    private static bool GovernedTogether(KbEntity a, KbEntity b, Dictionary<string, List<(string Country, DateOnly From, DateOnly To)>> spells)
    {
        if (Source(a) == Source(b) || (a.Date(Props.BirthDate) is { } ba && b.Date(Props.BirthDate) is { } bb && ba.Year != bb.Year)
            || !spells.TryGetValue(a.Id, out var first) || !spells.TryGetValue(b.Id, out var second))
        {
            return false;
        }

        return first.Exists(x => second.Exists(y => x.Country == y.Country && x.From <= y.To && y.From <= x.To));
    }

    /// <summary>Each holder's terms as (country of the post, first possible day, last possible day).</summary>
    private static Dictionary<string, List<(string Country, DateOnly From, DateOnly To)>> Spells(List<KbEntity> all)
    {
        // Before merging, one post may come from several sources under one id: the first country given is kept.
        var countryOfPost = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var post in all.Where(e => e.Schema == Schemas.Position && e.First(Props.Country) is not null))
        {
            countryOfPost.TryAdd(post.Id, post.First(Props.Country)!);
        }

        var spells = new Dictionary<string, List<(string, DateOnly, DateOnly)>>(StringComparer.Ordinal);
        foreach (var e in all.Where(e => e.Schema == Schemas.Occupancy))
        {
            var term = new Occupancy(e);
            if (term.Start is not { } start || !countryOfPost.TryGetValue(term.PostId, out var country))
            {
                continue;
            }

            if (!spells.TryGetValue(term.HolderId, out var list))
            {
                spells[term.HolderId] = list = [];
            }

            list.Add((country, start.Earliest, term.End?.Latest ?? DateOnly.MaxValue));
        }

        return spells;
    }

    private static HashSet<string> Countries(KbEntity e) =>
        e.Values(Props.Nationality).Concat(e.Values(Props.Country)).ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The dataset an id comes from: "ofac", "phoenix", "pocom", "bc", or "Q" for Wikidata.</summary>
    private static string Source(KbEntity e) =>
        e.Id.IndexOf(':', StringComparison.Ordinal) is var colon and > 0 ? e.Id[..colon] : e.Id.StartsWith('Q') ? "Q" : "";

    /// <summary>
    /// What a group of person entries says about who it is: Wikidata ids and birth years. Two groups that disagree on
    /// either are two people, however a name chains them ("George Bush" is an alias of both Bushes in Phoenix).
    /// </summary>
    private sealed record Identity(HashSet<string> Qids, HashSet<int> BirthYears)
    {
        public static Identity None => new([], []);

        public static Identity Of(KbEntity person)
        {
            var qids = person.Values(Props.WikidataId).Where(q => q.Length > 1).ToHashSet(StringComparer.Ordinal);
            if (person.Id.StartsWith('Q') && person.Id.Skip(1).All(char.IsAsciiDigit))
            {
                qids.Add(person.Id);
            }

            var years = new HashSet<int>();
            if (person.Date(Props.BirthDate) is { } born)
            {
                years.Add(born.Year);
            }

            return new Identity(qids, years);
        }

        public bool Conflicts(Identity other) =>
            (Qids.Count > 0 && other.Qids.Count > 0 && !Qids.Overlaps(other.Qids))
            || (BirthYears.Count > 0 && other.BirthYears.Count > 0 && !BirthYears.Overlaps(other.BirthYears));

        public void Absorb(Identity other)
        {
            Qids.UnionWith(other.Qids);
            BirthYears.UnionWith(other.BirthYears);
        }
    }

    private sealed class UnionFind
    {
        private readonly Dictionary<string, string> parent = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Identity> identity = new(StringComparer.Ordinal);

        public void Add(string id, Identity who)
        {
            if (parent.TryAdd(id, id))
            {
                identity[id] = who;
            }
            else
            {
                identity[Find(id)].Absorb(who);
            }
        }

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
                identity[ra].Absorb(identity[rb]);
            }
        }

        /// <summary>A union by evidence short of an identifier: refused when the two groups are known to be two people.</summary>
        public void TryUnion(string a, string b)
        {
            if (!identity[Find(a)].Conflicts(identity[Find(b)]))
            {
                Union(a, b);
            }
        }
    }
}
