namespace Backchannel.Knowledge.Model;

/// <summary>
/// Property names, as FtM spells them. Citations use FtM's own Thing/Interval properties: <see cref="SourceUrl"/>,
/// <see cref="Publisher"/> (dataset or outlet), <see cref="RecordId"/> (row or record in that dataset) and
/// <see cref="RetrievedAt"/>.
/// </summary>
public static class Props
{
#pragma warning disable CS1591 // The names are FtM's; their meaning is in the FtM schema files.
    public const string Name = "name";
    public const string Alias = "alias";
    public const string WeakAlias = "weakAlias";
    public const string PreviousName = "previousName";
    public const string Country = "country";
    public const string Nationality = "nationality";
    public const string BirthDate = "birthDate";
    public const string DeathDate = "deathDate";
    public const string Gender = "gender";
    public const string WikidataId = "wikidataId";
    public const string Topics = "topics";
    public const string Notes = "notes";
    public const string Summary = "summary";
    public const string Description = "description";
    public const string Organization = "organization";
    public const string Holder = "holder";
    public const string Post = "post";
    public const string StartDate = "startDate";
    public const string EndDate = "endDate";
    public const string Status = "status";
    public const string Entity = "entity";
    public const string Authority = "authority";
    public const string AuthorityId = "authorityId";
    public const string Program = "program";
    public const string ListingDate = "listingDate";
    public const string Person = "person";
    public const string Relative = "relative";
    public const string Associate = "associate";
    public const string Relationship = "relationship";
    public const string SourceUrl = "sourceUrl";
    public const string Publisher = "publisher";
    public const string RecordId = "recordId";
    public const string RetrievedAt = "retrievedAt";

    // Backchannel extensions.
    /// <summary>Occupancy: "yes" when the source writes a scheduled term end as the end date.</summary>
    public const string EndIsScheduled = "endIsScheduled";
    /// <summary>Occupancy: "yes" for an acting (interim) officeholder.</summary>
    public const string Acting = "acting";
    /// <summary>Position: the kind of role (head_of_state, foreign_minister, special_envoy, …).</summary>
    public const string Role = "role";
    /// <summary>Country: ISO 3166-1 alpha-2 code, lower case.</summary>
    public const string Code = "code";
    /// <summary>Country: ISO 3166-1 alpha-3 code.</summary>
    public const string Code3 = "code3";
    /// <summary>Country: nationality adjective ("Ukrainian").</summary>
    public const string Demonym = "demonym";
    /// <summary>Country: "yes" for a member state of the United Nations.</summary>
    public const string UnMember = "unMember";
    /// <summary>NameAlias: what kind of name (name, transliteration, acronym, description, nickname).</summary>
    public const string Kind = "kind";
    /// <summary>
    /// Occupancy, Sanction, Family, Associate (a date): the day the source last stated the fact (its snapshot or
    /// retrieval date). An open-ended term holds up to it and is uncertain after it; a sanction's status is as of it.
    /// </summary>
    public const string AsOf = "asOf";
    /// <summary>Which importers contributed to a merged entity (provenance).</summary>
    public const string MergedFrom = "mergedFrom";
#pragma warning restore CS1591
}
