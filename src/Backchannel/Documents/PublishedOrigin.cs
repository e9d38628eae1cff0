namespace Backchannel.Documents;

/// <summary>Where a document's date came from. Analysts need to know how far to trust it.</summary>
public enum PublishedOrigin
{
    /// <summary>No date could be found or inferred.</summary>
    Unknown = 0,

    /// <summary>From the source's own metadata (meta tags, JSON-LD, feed item, JSON field).</summary>
    Metadata = 1,

    /// <summary>Given by the user with <c>--published</c>.</summary>
    Override = 2,

    /// <summary>Inferred from dates stated in the text.</summary>
    Inferred = 3,
}
