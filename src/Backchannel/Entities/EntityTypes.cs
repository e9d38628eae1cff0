using System.Collections.Immutable;

namespace Backchannel.Entities;

/// <summary>
/// Entity labels. The model predicts the four CoNLL-2003 types; <see cref="EntityRefiner"/> then narrows a LOC that
/// is a country, subdivision or city to <see cref="Gpe"/>, and a MISC that is a nationality word to <see cref="Norp"/>.
/// </summary>
public static class EntityTypes
{
    /// <summary>A person.</summary>
    public const string Person = "PER";

    /// <summary>An organisation: company, party, agency, team, newspaper.</summary>
    public const string Organization = "ORG";

    /// <summary>A location that is not a recognised country, subdivision or city (regions, rivers, seas).</summary>
    public const string Location = "LOC";

    /// <summary>Other names: events, nationalities not refined to NORP, works, products.</summary>
    public const string Miscellaneous = "MISC";

    /// <summary>A geopolitical entity: a country, a country's subdivision or a city (refined from LOC).</summary>
    public const string Gpe = "GPE";

    /// <summary>A nationality or other group adjective or plural, e.g. "Ukrainian", "Russians" (refined from MISC).</summary>
    public const string Norp = "NORP";

    /// <summary>The types the sequence model predicts, in label order.</summary>
    public static ImmutableArray<string> Conll { get; } = [Person, Organization, Location, Miscellaneous];

    /// <summary>The CoNLL type a (possibly refined) label is scored as: GPE → LOC, NORP → MISC.</summary>
    public static string ToConll(string label) => label switch
    {
        Gpe => Location,
        Norp => Miscellaneous,
        _ => label,
    };
}
