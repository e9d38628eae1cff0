using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using Backchannel.Knowledge.Model;
using Backchannel.Knowledge.Names;

namespace Backchannel.Knowledge.Roles;

/// <summary>
/// Country names, codes and nationality words → ISO alpha-2 code, from the knowledge base's Country entities
/// ("Ukraine", "Ukrainian", "UKR", "ua" → "ua"). One per knowledge base, built on first use.
/// </summary>
public sealed class CountryLexicon
{
    private static readonly ConditionalWeakTable<KnowledgeBase, CountryLexicon> Cache = [];
    private readonly FrozenDictionary<string, string> byKey;

    private CountryLexicon(KnowledgeBase kb)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var country in kb.OfSchema(Schemas.Country))
        {
            if (country.First(Props.Code) is not { } code)
            {
                continue;
            }

            foreach (var name in country.Values(Props.Name).Concat(country.Values(Props.Alias)).Concat(country.Values(Props.Demonym))
                .Concat(country.Values(Props.Code3)).Append(code))
            {
                map.TryAdd(NameKey.Exact(name), code);
            }
        }

        byKey = map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The lexicon of <paramref name="kb"/>.</summary>
    public static CountryLexicon For(KnowledgeBase kb) => Cache.GetValue(kb, k => new CountryLexicon(k));

    /// <summary>The code a name, code or nationality word stands for, or null.</summary>
    public string? Find(string text) => byKey.GetValueOrDefault(NameKey.Exact(text));
}
