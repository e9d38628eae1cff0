namespace Backchannel.Linking;

/// <summary>What in the text a link was made from.</summary>
public enum LinkKind
{
    /// <summary>A name or alias of the entity ("Olena Marchuk", "the Kremlin").</summary>
    Name,
    /// <summary>A title that names a post, resolved to its holder on the document date ("Ukraine's president").</summary>
    Title,
    /// <summary>A description: a relationship or a descriptive alias ("Hartley's son-in-law", "Russia's sovereign wealth fund").</summary>
    Description,
    /// <summary>A later reference to an entity introduced earlier in the document (a surname, "the envoy").</summary>
    Coreference,
}
