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
/// <remarks>
/// The linker asks this question for many terms per document and reads the reason only for the few it reports, so a
/// rule's reason is kept as a kind and a date and put into words on first read.
/// </remarks>
public readonly record struct TermCheck
{
    private readonly string? text;
    private readonly TermReason kind;
    private readonly KbDate date;

    /// <summary>An answer with its reason already in words.</summary>
    /// <param name="certainty">The answer.</param>
    /// <param name="reason">Why, e.g. "start known only to the month (2022-03)".</param>
    public TermCheck(TermCertainty certainty, string reason)
    {
        Certainty = certainty;
        text = reason;
    }

    internal TermCheck(TermCertainty certainty, TermReason kind, KbDate date = default)
    {
        Certainty = certainty;
        this.kind = kind;
        this.date = date;
    }

    /// <summary>The answer.</summary>
    public TermCertainty Certainty { get; }

    /// <summary>Why, e.g. "start known only to the month (2022-03)".</summary>
    public string Reason => text ?? kind switch
    {
        TermReason.StartUnknown => "start date unknown",
        TermReason.StartsLater => $"term starts {date}",
        TermReason.StartImprecise => $"start known only to the {Unit(date)} ({date})",
        TermReason.TookOffice => $"took office that day ({date})",
        TermReason.InOfficeSince => $"in office since {date}",
        TermReason.EndedOnUnknownDay => "term ended; end date unknown",
        TermReason.OpenEnded => "open-ended term",
        TermReason.OpenAsOf => $"open-ended term (source as of {date})",
        TermReason.OpenPastAsOf => $"open-ended in a source as of {date}; no later record",
        TermReason.ScheduledEndPassed => $"scheduled end {date} has passed; no later record",
        TermReason.Ended => $"term ended {date}",
        TermReason.EndImprecise => $"end known only to the {Unit(date)} ({date})",
        TermReason.LeftOffice => $"left office that day ({date})",
        TermReason.RunsToScheduledEnd => $"term runs to {date} (scheduled)",
        TermReason.Ends => $"term ends {date}",
        _ => "",
    };

    /// <summary>True unless the record shows the term did not cover the day.</summary>
    public bool Possible => Certainty != TermCertainty.NotHeld;

    /// <summary>True when the record shows the term covered the day (including handover days).</summary>
    public bool Certain => Certainty is TermCertainty.Holds or TermCertainty.StartedThatDay or TermCertainty.EndedThatDay;

    private static string Unit(KbDate date) => date.Precision == DatePrecision.Month ? "month" : "year";
}

/// <summary>Which term rule gave a <see cref="TermCheck"/> (its words are made only when read).</summary>
internal enum TermReason
{
    None,
    StartUnknown,
    StartsLater,
    StartImprecise,
    TookOffice,
    InOfficeSince,
    EndedOnUnknownDay,
    OpenEnded,
    OpenAsOf,
    OpenPastAsOf,
    ScheduledEndPassed,
    Ended,
    EndImprecise,
    LeftOffice,
    RunsToScheduledEnd,
    Ends,
}
