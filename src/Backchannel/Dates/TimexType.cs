namespace Backchannel.Dates;

/// <summary>The four TIMEX3 types of TimeML.</summary>
public enum TimexType : byte
{
    /// <summary>A calendar date or period: "January 20, 2026", "2014", "last week", "the third quarter", "now".</summary>
    Date = 0,

    /// <summary>A time of day, with or without its date: "3 p.m.", "this morning", "Tuesday evening".</summary>
    Time = 1,

    /// <summary>A length of time: "two hours" (PT2H), "four years" (P4Y), "the past three months" (P3M).</summary>
    Duration = 2,

    /// <summary>A recurring time: "every year" (P1Y), "weekly", "each Monday" (XXXX-WXX-1).</summary>
    Set = 3,
}
