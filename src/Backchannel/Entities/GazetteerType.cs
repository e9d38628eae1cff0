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

    /// <summary>
    /// People in the knowledge base (names and aliases of two or more words, filtered; generated into
    /// <c>record-persons.txt</c> by <c>tools/gazetteers/record-names.sh</c>, never read from the KB at run time).
    /// </summary>
    RecordPerson = 6,

    /// <summary>Organisations in the knowledge base with distinctive names (<c>record-organisations.txt</c>).</summary>
    RecordOrganisation = 7,
}
