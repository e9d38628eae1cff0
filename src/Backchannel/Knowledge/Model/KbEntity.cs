using System.Collections.Immutable;

namespace Backchannel.Knowledge.Model;

/// <summary>
/// One FollowTheMoney entity: an id, a schema and multi-valued string properties. Every fact in the knowledge base
/// is one of these (an Occupancy or a Sanction is an entity too), so every fact carries its own citation properties.
/// Immutable; build with <see cref="KbEntityBuilder"/>.
/// </summary>
public sealed class KbEntity
{
    internal KbEntity(string id, string schema, PropertyMap properties)
    {
        Id = id;
        Schema = schema;
        Properties = properties;
    }

    /// <summary>Stable id: a Wikidata QID, "ofac:123", "pocom:rubio-marco", "bc:slug", …</summary>
    public string Id { get; }

    /// <summary>FtM schema name (see <see cref="Schemas"/>).</summary>
    public string Schema { get; }

    /// <summary>Property values by FtM property name, in a stable order.</summary>
    public PropertyMap Properties { get; }

    /// <summary>All values of <paramref name="property"/> (empty when absent).</summary>
    public ImmutableArray<string> Values(string property) =>
        Properties.TryGetValue(property, out var values) ? values : [];

    /// <summary>The first value of <paramref name="property"/>, or null.</summary>
    public string? First(string property) =>
        Properties.TryGetValue(property, out var values) && values.Length > 0 ? values[0] : null;

    /// <summary>The first value parsed as a date, or null when absent or not a date.</summary>
    public KbDate? Date(string property) =>
        First(property) is { } text && KbDate.TryParse(text, out var date) ? date : null;

    /// <summary>True when the property's first value is "yes" or "true".</summary>
    public bool Flag(string property) =>
        First(property) is "yes" or "true";

    /// <summary>The display name: the first name, else the id.</summary>
    public string Caption => First(Props.Name) ?? Id;

    /// <summary>The citations attached to this entity.</summary>
    public ImmutableArray<Citation> Citations => Citation.Of(this);

    /// <summary>A builder that starts from this entity's values.</summary>
    public KbEntityBuilder ToBuilder() => new(this);

    /// <inheritdoc />
    public override string ToString() => $"{Schema} {Id} \"{Caption}\"";
}
