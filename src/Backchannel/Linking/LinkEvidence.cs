using Backchannel.Entities;
using Backchannel.Knowledge;
using Backchannel.Knowledge.Model;
using Backchannel.Knowledge.Names;

namespace Backchannel.Linking;

/// <summary>
/// What the record knows about an actor that a document can confirm, and which words are too weak to link on their
/// own. A link must rest on evidence: a full name, a name the document introduced in full, a title that fits, or
/// context the record confirms (issue 16). Built once per knowledge base; thread-safe.
/// </summary>
internal sealed class LinkEvidence
{
    private readonly KnowledgeBase kb;
    private readonly HashSet<string> givenNames;
    private readonly HashSet<string> placeNames;
    private readonly LinkerCache<string, string[]> countries = new(1 << 16);
    private readonly Func<string, string[]> computeCountries;

    public LinkEvidence(KnowledgeBase kb, CountryNames countryNames)
        : this(kb, GivenNamesOf(kb), PlaceNamesBut(countryNames))
    {
    }

    /// <summary>Evidence over stored name sets (the linker's index file): nothing is scanned.</summary>
    public LinkEvidence(KnowledgeBase kb, IEnumerable<string> givenNames, IEnumerable<string> placeNames)
    {
        this.kb = kb;
        computeCountries = ComputeCountries;
        // Plain sets: freezing them cost more at start-up than it saved (see LinkerIndexes).
        this.givenNames = new HashSet<string>(givenNames, StringComparer.Ordinal);
        this.placeNames = new HashSet<string>(placeNames, StringComparer.Ordinal);
    }

    /// <summary>The given names, for the linker's index file.</summary>
    internal IEnumerable<string> GivenNames => givenNames;

    /// <summary>The place names, for the linker's index file.</summary>
    internal IEnumerable<string> PlaceNames => placeNames;

    // Given names: the first word of every person's name of two words or more that is not written "SURNAME, Given".
    private static HashSet<string> GivenNamesOf(KnowledgeBase kb)
    {
        var given = new HashSet<string>(StringComparer.Ordinal);
        foreach (var person in kb.OfSchema(Schemas.Person))
        {
            foreach (var name in person.Values(Props.Name))
            {
                var key = NameKey.Exact(name);
                var space = key.IndexOf(' ', StringComparison.Ordinal);
                if (space > 1 && !name.Contains(',', StringComparison.Ordinal))
                {
                    given.Add(key[..space]);
                }
            }
        }

        return given;
    }

    // Cities and regions that are not also a country's name ("Georgia", "Luxembourg" stay countries).
    private static IEnumerable<string> PlaceNamesBut(CountryNames countryNames) =>
        GazetteerLists.NamesOf(GazetteerType.City).Concat(GazetteerLists.NamesOf(GazetteerType.Subdivision))
            .Select(n => NameKey.Exact(n))
            .Where(k => k.Length > 0 && !countryNames.IsCountryName(k));

    /// <summary>Whether an exact name key is a given name some recorded person has ("oscar", "mike").</summary>
    public bool IsGivenName(string key) => givenNames.Contains(key);

    /// <summary>Whether an exact name key is a city or region, not a country.</summary>
    public bool IsPlaceName(string key) => placeNames.Contains(key);

    /// <summary>Whether the record lists a sanction on the entity.</summary>
    public bool IsSanctioned(string id) => !kb.SanctionsOn(id).IsEmpty;

    /// <summary>
    /// The countries the record ties an actor to: its nationality and country, and the countries of the posts it
    /// held (kept across documents).
    /// </summary>
    public string[] CountriesOf(string id) => countries.GetOrAdd(id, computeCountries);

    /// <summary>An all-capital word of two to six letters, as acronyms are written ("MPC", "UKIP"); "MPs" is not one.</summary>
    public static bool LooksLikeAcronym(ReadOnlySpan<char> surface)
    {
        var letters = 0;
        foreach (var c in surface)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
            else if (c != '.' && c != '&')
            {
                return false;
            }
        }

        return letters is >= 2 and <= 6;
    }

    /// <summary>The plural of an acronym ("MPs", "NGOs"): a common noun, never one entity's name.</summary>
    public static bool IsAcronymPlural(ReadOnlySpan<char> surface) =>
        surface.Length >= 3 && surface[^1] == 's' && LooksLikeAcronym(surface[..^1]);

    private string[] ComputeCountries(string id)
    {
        if (kb.Get(id) is not { } entity)
        {
            return [];
        }

        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var code in entity.Values(Props.Nationality).Concat(entity.Values(Props.Country)))
        {
            found.Add(code);
        }

        foreach (var term in kb.TermsOf(id))
        {
            if (kb.Get(term.PostId)?.First(Props.Country) is { } code)
            {
                found.Add(code);
            }
        }

        return [.. found.Order(StringComparer.Ordinal)];
    }
}
