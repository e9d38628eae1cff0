namespace Backchannel.Knowledge.Model;

/// <summary>
/// Schema names. The first eight are FollowTheMoney's own, so a KB file is FtM JSON lines; <see cref="Country"/> and
/// <see cref="NameAlias"/> are Backchannel's extensions (FtM keeps countries as a property type and has no dated alias).
/// </summary>
public static class Schemas
{
    /// <summary>FtM Person.</summary>
    public const string Person = "Person";
    /// <summary>FtM Organization.</summary>
    public const string Organization = "Organization";
    /// <summary>FtM PublicBody (a government organisation; treated as an organisation).</summary>
    public const string PublicBody = "PublicBody";
    /// <summary>FtM Position.</summary>
    public const string Position = "Position";
    /// <summary>FtM Occupancy: holder, post, startDate, endDate, status.</summary>
    public const string Occupancy = "Occupancy";
    /// <summary>FtM Sanction.</summary>
    public const string Sanction = "Sanction";
    /// <summary>FtM Family: person, relative, relationship.</summary>
    public const string Family = "Family";
    /// <summary>FtM Associate: person, associate, relationship.</summary>
    public const string Associate = "Associate";
    /// <summary>Extension: a country, with its codes and nationality adjectives.</summary>
    public const string Country = "Country";
    /// <summary>Extension: one name of an entity with a validity period and a citation.</summary>
    public const string NameAlias = "NameAlias";

    /// <summary>Schemas that name actors a text can mention.</summary>
    public static bool IsActor(string schema) =>
        schema is Person or Organization or PublicBody or Country or Position;
}
