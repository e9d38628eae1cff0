namespace Backchannel.Entities;

/// <summary>The name lists the recognizer consults (one bit each in a match mask).</summary>
public enum GazetteerType
{
    /// <summary>Country names (ISO 3166-1 names, common names and official names).</summary>
    Country = 0,

    /// <summary>Country subdivisions: states, provinces, regions (ISO 3166-2).</summary>
    Subdivision = 1,

    /// <summary>Cities and towns (GeoNames, by population).</summary>
    City = 2,

    /// <summary>Nationality and group words: adjectives and plurals ("Ukrainian", "Ukrainians").</summary>
    Nationality = 3,

    /// <summary>International organisations and their acronyms.</summary>
    Organisation = 4,

    /// <summary>Given names.</summary>
    FirstName = 5,
}
