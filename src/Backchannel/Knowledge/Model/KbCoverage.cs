namespace Backchannel.Knowledge.Model;

/// <summary>How many countries the record can name a holder for, per kind of post, on a day.</summary>
/// <param name="Role">The role kind (head_of_state, head_of_government, foreign_minister).</param>
/// <param name="Countries">The countries asked about (e.g. the UN member states).</param>
/// <param name="Certain">Countries where some holder's term certainly covers the day.</param>
/// <param name="UncertainOnly">Countries where no term certainly covers the day but one may (imprecise or stale).</param>
public sealed record KbCoverage(string Role, int Countries, int Certain, int UncertainOnly)
{
    /// <summary>The post kinds coverage is reported for.</summary>
    public static IReadOnlyList<string> Roles { get; } = ["head_of_state", "head_of_government", "foreign_minister"];

    /// <summary>Countries with no answer at all.</summary>
    public int None => Countries - Certain - UncertainOnly;

    /// <summary>The UN member states of the record (Country entities flagged <see cref="Props.UnMember"/>), by code.</summary>
    public static IReadOnlyList<string> UnMembers(KnowledgeBase kb)
    {
        ArgumentNullException.ThrowIfNull(kb);
        return [.. kb.OfSchema(Schemas.Country).Where(e => e.Flag(Props.UnMember)).Select(e => e.First(Props.Code)).OfType<string>()
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    /// <summary>Coverage of <paramref name="role"/> over <paramref name="countries"/> on <paramref name="day"/>.</summary>
    public static KbCoverage On(KnowledgeBase kb, IReadOnlyCollection<string> countries, string role, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(kb);
        ArgumentNullException.ThrowIfNull(countries);
        var posts = PostsByCountry(kb, role);
        int certain = 0, uncertain = 0;
        foreach (var code in countries)
        {
            var holders = Holders(kb, posts, code, day);
            if (holders.Any(h => h.Check.Certain))
            {
                certain++;
            }
            else if (holders.Count > 0)
            {
                uncertain++;
            }
        }

        return new KbCoverage(role, countries.Count, certain, uncertain);
    }

    /// <summary>Who may have held the post of kind <paramref name="role"/> in <paramref name="country"/> on <paramref name="day"/>.</summary>
    public static IReadOnlyList<(Occupancy Term, TermCheck Check)> Holders(KnowledgeBase kb, string country, string role, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(kb);
        return Holders(kb, PostsByCountry(kb, role), country, day);
    }

    private static IReadOnlyList<(Occupancy Term, TermCheck Check)> Holders(KnowledgeBase kb, ILookup<string, string> posts, string country, DateOnly day) =>
        [.. posts[country].SelectMany(post => kb.HoldersOn(post, day))];

    private static ILookup<string, string> PostsByCountry(KnowledgeBase kb, string role) =>
        kb.OfSchema(Schemas.Position).Where(e => e.Values(Props.Role).Contains(role, StringComparer.Ordinal))
            .SelectMany(e => e.Values(Props.Country).Select(c => (Country: c, e.Id)))
            .ToLookup(p => p.Country, p => p.Id, StringComparer.Ordinal);
}
