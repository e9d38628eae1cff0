using System.Collections.Immutable;
using Backchannel.Knowledge.Model;
using Backchannel.Knowledge.Names;
using System.Runtime.CompilerServices;

namespace Backchannel.Knowledge.Roles;

/// <summary>
/// Answers "who was Ukraine's foreign minister on 2026-01-21?" from the record. A phrase that names a post exactly (an
/// alias such as "German Chancellor") finds it directly; otherwise it is parsed (<see cref="RolePhraseParser"/>) and
/// matched to the anchor's posts by role kind, then by title words in the post's names. Thread-safe; build one per
/// knowledge base.
/// </summary>
public sealed class RoleResolver
{
    private readonly KnowledgeBase kb;
    private readonly ImmutableArray<KbEntity> positions;
    // Plain dictionaries: built at every start-up, where freezing thousands of keys cost more than it saves.
    private readonly Dictionary<string, ImmutableArray<KbEntity>> positionsByCountry;

    // Per position (by reference), its names and aliases as " exact key " (padded so a word match is a substring
    // match), and positions by organisation id or name key in record order: titles are resolved for every phrase of
    // a corpus, and keying the record's names once here keeps that from re-keying thousands of posts each time.
    private readonly Dictionary<KbEntity, string[]> paddedNames = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, int[]> positionsByOrganizationId;
    private readonly Dictionary<string, int[]> positionsByOrganizationName;

    /// <summary>A resolver over <paramref name="kb"/>.</summary>
    // Load-time loop run once per process: compiled fully optimised at once, not left in tier-0 code (issue 17).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public RoleResolver(KnowledgeBase kb, RoleLexicon? lexicon = null)
    {
        ArgumentNullException.ThrowIfNull(kb);
        this.kb = kb;
        Parser = new RolePhraseParser(kb, lexicon);
        positions = [.. kb.OfSchema(Schemas.Position)];
        positionsByCountry = positions
            .SelectMany(p => p.Values(Props.Country).Select(c => (Country: c, Position: p)))
            .GroupBy(p => p.Country, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Position).ToImmutableArray(), StringComparer.Ordinal);
        var byId = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var byName = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < positions.Length; i++)
        {
            var position = positions[i];
            paddedNames[position] = [.. position.Values(Props.Name).Concat(position.Values(Props.Alias)).Select(n => " " + NameKey.Exact(n) + " ")];
            foreach (var organization in position.Values(Props.Organization))
            {
                Index(byId, organization, i);
                Index(byName, NameKey.Exact(organization), i);
            }
        }

        positionsByOrganizationId = byId.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        positionsByOrganizationName = byName.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The parser, sharing this resolver's knowledge base.</summary>
    public RolePhraseParser Parser { get; }

    /// <summary>Everyday phrasing → holders on <paramref name="day"/> (or relation targets), most certain first.</summary>
    public IReadOnlyList<RoleAnswer> Who(string text, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(text);
        var named = kb.FindExact(text).Select(n => kb.Get(n.EntityId)).OfType<KbEntity>()
            .Where(e => e.Schema == Schemas.Position).Distinct().ToList();
        return named.Count > 0 ? Order(named.SelectMany(p => Holders(p, day))) : Resolve(Parser.Parse(text), day);
    }

    /// <summary>The holders (or relation targets) a parsed phrase points to on <paramref name="day"/>.</summary>
    public IReadOnlyList<RoleAnswer> Resolve(RolePhrase phrase, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        if (phrase.Relationship is { } relationship)
        {
            return phrase.AnchorId is { } personId ? RelationAnswers(personId, relationship, day) : [];
        }

        return Order(Posts(phrase).SelectMany(p => Holders(p, day)));
    }

    /// <summary>The posts a parsed title names: the anchor's posts with the role kind, else with the title words.</summary>
    public IReadOnlyList<KbEntity> Posts(RolePhrase phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        if (phrase.RoleWords.Length == 0 || (phrase.CountryCode is null && phrase.AnchorId is null))
        {
            return [];
        }

        var candidates = Candidates(phrase);
        foreach (var role in phrase.Roles)
        {
            var byRole = candidates.Where(p => p.Values(Props.Role).Contains(role, StringComparer.Ordinal)).ToList();
            if (byRole.Count > 0)
            {
                return byRole;
            }
        }

        var words = " " + phrase.RoleWords + " ";
        var named = new List<KbEntity>();
        foreach (var candidate in candidates)
        {
            if (NamesContain(candidate, words))
            {
                named.Add(candidate);
            }
        }

        return named;
    }

    private bool NamesContain(KbEntity position, string paddedWords)
    {
        foreach (var name in paddedNames[position])
        {
            if (name.Contains(paddedWords, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private List<KbEntity> Candidates(RolePhrase phrase)
    {
        if (phrase.AnchorId is { } anchor && kb.Get(anchor) is { } org)
        {
            // Posts of that organisation, by id or by one of its names, in record order.
            var found = new SortedSet<int>(positionsByOrganizationId.GetValueOrDefault(anchor, []));
            foreach (var name in org.Values(Props.Name).Concat(org.Values(Props.Alias)))
            {
                found.UnionWith(positionsByOrganizationName.GetValueOrDefault(NameKey.Exact(name), []));
            }

            if (found.Count > 0)
            {
                return [.. found.Select(i => positions[i])];
            }
        }

        return phrase.CountryCode is { } code ? [.. positionsByCountry.GetValueOrDefault(code, [])] : [];
    }

    private static void Index(Dictionary<string, List<int>> index, string key, int position)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        if (list.Count == 0 || list[^1] != position)
        {
            list.Add(position);
        }
    }

    private IEnumerable<RoleAnswer> Holders(KbEntity position, DateOnly day) =>
        kb.HoldersOn(position.Id, day)
            .Select(h => kb.Get(h.Term.HolderId) is { } holder ? new RoleAnswer(holder, position, h.Term, null, h.Check) : null)
            .OfType<RoleAnswer>();

    private List<RoleAnswer> RelationAnswers(string personId, string relationship, DateOnly day)
    {
        var word = relationship.Replace('-', ' ');
        var answers = new List<RoleAnswer>();
        foreach (var relation in kb.RelationsOf(personId))
        {
            // "X's son-in-law": X is the relation's person and the target is the relative.
            if (relation.PersonId != personId || !NameKey.Exact(relation.Relationship).Contains(word, StringComparison.Ordinal))
            {
                continue;
            }

            // A dated relation answers only from its start ("Trump's son-in-law" in 2005 is not Kushner).
            var check = relation.On(day);
            if (!check.Possible)
            {
                continue;
            }

            if (kb.Get(relation.OtherId) is { } other)
            {
                var words = $"{relation.Relationship} of {kb.Get(personId)?.Caption ?? personId}";
                answers.Add(new RoleAnswer(other, null, null, relation, new TermCheck(check.Certainty, check.Certain ? words : $"{words}; {check.Reason}")));
            }
        }

        return answers;
    }

    private static List<RoleAnswer> Order(IEnumerable<RoleAnswer> answers) =>
        [.. answers.DistinctBy(a => (a.Holder.Id, a.Position?.Id, a.Term?.Entity.Id))
            .OrderBy(a => a.Check.Certain ? 0 : 1)
            .ThenByDescending(a => a.Term?.Start?.Earliest ?? DateOnly.MinValue)];
}
