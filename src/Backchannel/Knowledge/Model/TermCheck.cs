namespace Backchannel.Knowledge.Model;

/// <summary>Whether a term covers a day.</summary>
public enum TermCertainty
{
    /// <summary>The record shows the term did not cover the day.</summary>
    NotHeld,
    /// <summary>The term covers the day.</summary>
    Holds,
    /// <summary>The day is the first day of the term (a handover day: the predecessor may also have held it).</summary>
    StartedThatDay,
    /// <summary>The day is the last day of the term (a handover day: the successor may also hold it).</summary>
    EndedThatDay,
    /// <summary>The record cannot tell: a month- or year-precision boundary, or an unknown start or end.</summary>
    Uncertain,
}

/// <summary>The answer to "did this term cover that day?", with the reason in words.</summary>
/// <param name="Certainty">The answer.</param>
/// <param name="Reason">Why, e.g. "start known only to the month (2022-03)".</param>
public readonly record struct TermCheck(TermCertainty Certainty, string Reason)
{
    /// <summary>True unless the record shows the term did not cover the day.</summary>
    public bool Possible => Certainty != TermCertainty.NotHeld;

    /// <summary>True when the record shows the term covered the day (including handover days).</summary>
    public bool Certain => Certainty is TermCertainty.Holds or TermCertainty.StartedThatDay or TermCertainty.EndedThatDay;
}
