using Backchannel.Entities;
using Backchannel.Knowledge.Names;

namespace Backchannel.Linking;

/// <summary>The exact keys of every country's own names (its names, codes and nationality words, not its cities).</summary>
internal sealed class CountryNames
{
    private readonly HashSet<string> names;

    public CountryNames(IEnumerable<string> countryNames) =>
        names = countryNames.Select(n => NameKey.Exact(n)).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);

    /// <summary>The shipped gazetteers' country names and nationality words.</summary>
    public static CountryNames FromGazetteers() =>
        new(GazetteerLists.NamesOf(GazetteerType.Country).Concat(GazetteerLists.NamesOf(GazetteerType.Nationality)));

    public bool IsCountryName(string key) => names.Contains(key);
}
