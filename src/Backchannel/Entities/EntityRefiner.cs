namespace Backchannel.Entities;

/// <summary>
/// Narrows model types where a list decides reliably: a LOC that is exactly a country, subdivision or city name
/// becomes GPE; a MISC that is exactly a nationality word becomes NORP. Everything else keeps its CoNLL type.
/// </summary>
public sealed class EntityRefiner(Gazetteer gazetteer)
{
    private const int Places = (1 << (int)GazetteerType.Country) | (1 << (int)GazetteerType.Subdivision) | (1 << (int)GazetteerType.City);
    private const int Nationalities = 1 << (int)GazetteerType.Nationality;

    /// <summary>The output label for a mention of <paramref name="type"/> whose tokens hash to <paramref name="tokenKeys"/>.</summary>
    public string Refine(string type, ReadOnlySpan<ulong> tokenKeys)
    {
        ArgumentNullException.ThrowIfNull(type);
        var lists = type is EntityTypes.Location or EntityTypes.Miscellaneous ? gazetteer.Lookup(tokenKeys) : 0;
        return type switch
        {
            EntityTypes.Location when (lists & Places) != 0 => EntityTypes.Gpe,
            EntityTypes.Miscellaneous when (lists & Nationalities) != 0 => EntityTypes.Norp,
            _ => type,
        };
    }
}
