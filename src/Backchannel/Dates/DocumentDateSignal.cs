namespace Backchannel.Dates;

/// <summary>What in the text gave a document its inferred date.</summary>
public enum DocumentDateSignal
{
    /// <summary>A line near the top that holds a date and only header words: "Published: Monday 5 January 2026, 14:03 GMT".</summary>
    DateLine,

    /// <summary>A place (and agency) opening the story with the date: "LONDON, 5 January 2026 (Reuters) – …".</summary>
    Dateline,

    /// <summary>A stated date that the text calls today: "said today, 5 January 2026, that …".</summary>
    Today,

    /// <summary>A stated date that the text calls yesterday, so the document is a day later.</summary>
    Yesterday,

    /// <summary>A stated date that the text calls tomorrow, so the document is a day earlier.</summary>
    Tomorrow,
}
