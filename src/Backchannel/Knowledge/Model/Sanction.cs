namespace Backchannel.Knowledge.Model;

/// <summary>A typed view of an FtM Sanction: who was listed, by whom, under which programme, since when.</summary>
public sealed class Sanction
{
    /// <summary>Wraps a Sanction entity.</summary>
    public Sanction(KbEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        Entity = entity;
        EntityId = entity.First(Props.Entity) ?? "";
        Authority = entity.First(Props.Authority) ?? "";
        Program = entity.First(Props.Program);
        ListingDate = entity.Date(Props.ListingDate);
        Start = entity.Date(Props.StartDate);
        End = entity.Date(Props.EndDate);
        Status = entity.First(Props.Status);
        AsOf = Occupancy.LatestDate(entity, Props.AsOf);
    }

    /// <summary>The underlying entity, with its citations.</summary>
    public KbEntity Entity { get; }

    /// <summary>The sanctioned person or organisation.</summary>
    public string EntityId { get; }

    /// <summary>Who imposed it ("US OFAC", "EU Council").</summary>
    public string Authority { get; }

    /// <summary>Programme ("RUSSIA-EO14024").</summary>
    public string? Program { get; }

    /// <summary>Date of listing, as precise as the source.</summary>
    public KbDate? ListingDate { get; }

    /// <summary>Date in effect, when different from the listing date.</summary>
    public KbDate? Start { get; }

    /// <summary>Date lifted, when known.</summary>
    public KbDate? End { get; }

    /// <summary>Status text from the source ("active as of 2024-05-03").</summary>
    public string? Status { get; }

    /// <summary>
    /// The snapshot the <see cref="Status"/> is read from, when known. A listing is an event and stays true; whether it
    /// was still in force after this day is not on record.
    /// </summary>
    public KbDate? AsOf { get; }
}
