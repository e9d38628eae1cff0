namespace Backchannel.Knowledge.Model;

/// <summary>
/// A typed view of the <see cref="Schemas.NameAlias"/> extension: one name of an entity, valid for a period
/// ("Kyiv" vs an older spelling, "Trump's son-in-law", "Russia's sovereign wealth fund").
/// </summary>
public sealed class NameAlias
{
    /// <summary>Wraps a NameAlias entity.</summary>
    public NameAlias(KbEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        Entity = entity;
        EntityId = entity.First(Props.Entity) ?? "";
        Name = entity.First(Props.Name) ?? "";
        Kind = entity.First(Props.Kind) ?? "name";
        ValidFrom = entity.Date(Props.StartDate);
        ValidTo = entity.Date(Props.EndDate);
    }

    /// <summary>The underlying entity, with its citations.</summary>
    public KbEntity Entity { get; }

    /// <summary>The entity this is a name of.</summary>
    public string EntityId { get; }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>name, transliteration, acronym, description or nickname.</summary>
    public string Kind { get; }

    /// <summary>First day the name applies, when limited.</summary>
    public KbDate? ValidFrom { get; }

    /// <summary>Last day the name applies, when limited.</summary>
    public KbDate? ValidTo { get; }

    /// <summary>False when the record shows the name did not apply on <paramref name="day"/>.</summary>
    public bool ValidOn(DateOnly day) =>
        (ValidFrom is not { } from || day >= from.Earliest) && (ValidTo is not { } to || day <= to.Latest);
}
