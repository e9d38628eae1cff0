namespace Backchannel.Dates;

/// <summary>The time a clause points to, as far as the date resolver needs it.</summary>
internal enum Tense : byte
{
    /// <summary>No marker found; news defaults to the past.</summary>
    Unknown = 0,

    /// <summary>Past or perfect: "met", "was", "had agreed".</summary>
    Past,

    /// <summary>Future or planned: "will meet", "is scheduled", "plans to".</summary>
    Future,

    /// <summary>A word marker: "is"/"are", which announce a plan before "to" ("is to resume").</summary>
    Present,

    /// <summary>A word marker: a lower-case modal (can, may, might …); resolved to <see cref="Future"/>.</summary>
    Modal,
}
