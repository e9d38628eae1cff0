namespace Backchannel.Reporting;

/// <summary>
/// Implemented by a section that knows the record (the actors section): what the link ids in the store stand for, and
/// which claims in the documents disagree with it. The HTML report uses it for the overview, the flags and the
/// document pages; a report without such a section shows ids and no flags.
/// </summary>
public interface IRecordFacts
{
    /// <summary>The display name of a linked actor, or null when the record does not know the id.</summary>
    string? ActorName(string entityId);

    /// <summary>True when the id is a person in the record (the overview lists people apart from countries and bodies).</summary>
    bool IsPerson(string entityId);

    /// <summary>Every claim that disagrees with the record, in document order.</summary>
    IReadOnlyList<ReportFlag> Flags(ReportContext context);
}
