namespace Backchannel.Knowledge.Model;

/// <summary>A typed view of an FtM Family or Associate link between two people.</summary>
public sealed class Relation
{
    /// <summary>Wraps a Family or Associate entity.</summary>
    public Relation(KbEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        Entity = entity;
        PersonId = entity.First(Props.Person) ?? "";
        OtherId = entity.First(entity.Schema == Schemas.Family ? Props.Relative : Props.Associate) ?? "";
        Relationship = entity.First(Props.Relationship) ?? "";
        Start = entity.Date(Props.StartDate);
        End = entity.Date(Props.EndDate);
        AsOf = Occupancy.LatestDate(entity, Props.AsOf);
    }

    /// <summary>The underlying entity, with its citations.</summary>
    public KbEntity Entity { get; }

    /// <summary>FtM's <c>person</c>: the anchor of the description ("Trump" in "Trump's son-in-law").</summary>
    public string PersonId { get; }

    /// <summary>FtM's <c>relative</c> or <c>associate</c>: the person the description points to.</summary>
    public string OtherId { get; }

    /// <summary>What <see cref="OtherId"/> is to <see cref="PersonId"/> ("son-in-law", "friend").</summary>
    public string Relationship { get; }

    /// <summary>Start, when known.</summary>
    public KbDate? Start { get; }

    /// <summary>End, when known.</summary>
    public KbDate? End { get; }

    /// <summary>The day the source last stated the relation, when known (an open relation is uncertain after it).</summary>
    public KbDate? AsOf { get; }

    /// <summary>Whether the relation stood on <paramref name="day"/> (before a dated start it did not).</summary>
    public TermCheck On(DateOnly day) => TermRules.Check(this, day);
}
