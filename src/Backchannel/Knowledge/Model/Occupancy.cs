namespace Backchannel.Knowledge.Model;

/// <summary>
/// A typed view of an FtM Occupancy: who held which post, from when to when, as the source gives it.
/// </summary>
public sealed class Occupancy
{
    /// <summary>Wraps an Occupancy entity.</summary>
    public Occupancy(KbEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        Entity = entity;
        HolderId = entity.First(Props.Holder) ?? "";
        PostId = entity.First(Props.Post) ?? "";
        Start = entity.Date(Props.StartDate);
        End = entity.Date(Props.EndDate);
        Status = entity.First(Props.Status);
        EndIsScheduled = entity.Flag(Props.EndIsScheduled);
        Acting = entity.Flag(Props.Acting);
        AsOf = LatestDate(entity, Props.AsOf);
    }

    /// <summary>The underlying entity, with its citations.</summary>
    public KbEntity Entity { get; }

    /// <summary>Id of the person holding the post.</summary>
    public string HolderId { get; }

    /// <summary>Id of the Position.</summary>
    public string PostId { get; }

    /// <summary>Start of the term, when known.</summary>
    public KbDate? Start { get; }

    /// <summary>End of the term, when known (may be a scheduled end; see <see cref="EndIsScheduled"/>).</summary>
    public KbDate? End { get; }

    /// <summary>"current", "ended" or "unknown" as the source said it at the time it was read.</summary>
    public string? Status { get; }

    /// <summary>True when <see cref="End"/> is the scheduled end of a term, not a record of it ending.</summary>
    public bool EndIsScheduled { get; }

    /// <summary>True for an acting (interim) holder.</summary>
    public bool Acting { get; }

    /// <summary>
    /// The latest day a source stated this term (its snapshot or retrieval date), when known: an open-ended term holds
    /// up to it and is uncertain after it.
    /// </summary>
    public KbDate? AsOf { get; }

    /// <summary>Whether the term covers <paramref name="day"/>, and how sure the record is.</summary>
    public TermCheck On(DateOnly day) => TermRules.Check(this, day);

    /// <summary>The latest parseable date among the values of <paramref name="property"/> (merged facts keep one per source).</summary>
    internal static KbDate? LatestDate(KbEntity entity, string property)
    {
        KbDate? latest = null;
        foreach (var text in entity.Values(property))
        {
            if (KbDate.TryParse(text, out var date) && (latest is null || date.Latest > latest.Value.Latest))
            {
                latest = date;
            }
        }

        return latest;
    }

    /// <summary>"2019-05-20 – present", "2020-03 – 2024-09-05", "? – 2024".</summary>
    public string Term => $"{Start?.ToString() ?? "?"} – {End switch
    {
        null when Status == "ended" => "? (ended)",
        null when AsOf is { } asOf => $"open (as of {asOf})",
        null => "present",
        { } end when EndIsScheduled => $"{end} (scheduled)",
        { } end => end.ToString(),
    }}";
}
