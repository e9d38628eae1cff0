using Backchannel.Knowledge;
using Backchannel.Knowledge.Model;
using Backchannel.Knowledge.Names;
using Backchannel.Knowledge.Roles;

namespace Backchannel.Linking;

/// <summary>
/// The indexes the linker derives from the whole record: surnames and given names of every person, the filter of
/// names the record cannot know, descriptive aliases, and the given and place names evidence rules use. Building them
/// means decoding all ~94 thousand entities and folding every name, over a second of a cold start; for the shipped
/// record they are built once and stored (<see cref="LinkerIndexFile"/>), so a run reads them instead. Plain
/// dictionaries and sets, not frozen ones: freezing 100 thousand keys costs more at start-up than its faster probes
/// return over a run (the hot lookups are cached per name).
/// </summary>
internal sealed class LinkerIndexes
{
    public LinkerIndexes(
        Dictionary<string, string[]> looseSurnames,
        Dictionary<string, (string Given, string Id)[]> givenBySurname,
        UnknownNameFilter unknownNames,
        DescriptionAliasIndex aliases,
        LinkEvidence evidence)
    {
        LooseSurnames = looseSurnames;
        GivenBySurname = givenBySurname;
        UnknownNames = unknownNames;
        Aliases = aliases;
        Evidence = evidence;
    }

    /// <summary>People by the transliteration-folded last word of their names.</summary>
    public Dictionary<string, string[]> LooseSurnames { get; }

    /// <summary>(given name, person) pairs by loose surname.</summary>
    public Dictionary<string, (string Given, string Id)[]> GivenBySurname { get; }

    /// <summary>Names the record certainly cannot find.</summary>
    public UnknownNameFilter UnknownNames { get; }

    /// <summary>Descriptive aliases and names written with an article.</summary>
    public DescriptionAliasIndex Aliases { get; }

    /// <summary>Given and place names for the evidence rules.</summary>
    public LinkEvidence Evidence { get; }

    /// <summary>Builds every index from <paramref name="kb"/> (what the stored file holds for the shipped record).</summary>
    public static LinkerIndexes Build(KnowledgeBase kb, RoleLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(kb);
        ArgumentNullException.ThrowIfNull(lexicon);
        var looseSurnames = BuildLooseSurnames(kb);
        var givenBySurname = BuildGivenBySurname(kb);
        var unknown = new UnknownNameFilter(kb, looseSurnames.Keys, givenBySurname.SelectMany(p => p.Value.Select(g => (g.Given, p.Key))));
        var aliases = new DescriptionAliasIndex(kb, words => lexicon.Find(words) is not null);
        var evidence = new LinkEvidence(kb, CountryNames.FromGazetteers());
        return new LinkerIndexes(looseSurnames, givenBySurname, unknown, aliases, evidence);
    }

    private static Dictionary<string, (string Given, string Id)[]> BuildGivenBySurname(KnowledgeBase kb)
    {
        var map = new Dictionary<string, HashSet<(string, string)>>(StringComparer.Ordinal);
        foreach (var person in kb.OfSchema(Schemas.Person))
        {
            foreach (var name in person.Values(Props.Name).Concat(person.Values(Props.Alias)))
            {
                var words = NameKey.Loose(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length < 2)
                {
                    continue;
                }

                var inverted = name.Contains(',', StringComparison.Ordinal);
                var surname = inverted ? words[0] : words[^1];
                var given = inverted ? words[1] : words[0];
                if (!map.TryGetValue(surname, out var pairs))
                {
                    map[surname] = pairs = [];
                }

                pairs.Add((given, person.Id));
            }
        }

        return map.ToDictionary(p => p.Key, p => p.Value.Order().ToArray(), StringComparer.Ordinal);
    }

    /// <summary>
    /// People by the transliteration-folded last word of their names ("Zelensky", "Dmitriyev"); a name written
    /// "SURNAME, Given" (as sanctions lists do) gives the word before the comma.
    /// </summary>
    private static Dictionary<string, string[]> BuildLooseSurnames(KnowledgeBase kb)
    {
        var map = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var person in kb.OfSchema(Schemas.Person))
        {
            foreach (var name in person.Values(Props.Name).Concat(person.Values(Props.Alias)))
            {
                var comma = name.IndexOf(',', StringComparison.Ordinal);
                var key = NameKey.Loose(comma > 0 ? name.AsSpan(0, comma) : name);
                var space = key.LastIndexOf(' ');
                var surname = comma > 0 || space < 0 ? key : key[(space + 1)..];
                if (surname.Length > 2 && (comma > 0 || space > 0))
                {
                    if (!map.TryGetValue(surname, out var ids))
                    {
                        map[surname] = ids = new HashSet<string>(StringComparer.Ordinal);
                    }

                    ids.Add(person.Id);
                }
            }
        }

        return map.ToDictionary(p => p.Key, p => p.Value.Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    }
}
