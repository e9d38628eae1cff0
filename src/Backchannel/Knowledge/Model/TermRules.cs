namespace Backchannel.Knowledge.Model;

/// <summary>
/// Decides whether a term covers a day. Boundaries are inclusive: on a handover day both the outgoing and the incoming
/// holder held the office, and the answer says so rather than picking one. Partial dates are honoured: a term that
/// started "2022-03" is uncertain on 2022-03-10 and certain from 2022-04-01.
/// </summary>
internal static class TermRules
{
    public static TermCheck Check(Occupancy term, DateOnly day)
    {
        var start = StartSide(term, day);
        if (start.Certainty == TermCertainty.NotHeld)
        {
            return start;
        }

        var end = EndSide(term, day);
        if (end.Certainty == TermCertainty.NotHeld)
        {
            return end;
        }

        // Uncertainty on either side wins over a handover-day answer, which wins over a plain yes.
        if (start.Certainty == TermCertainty.Uncertain)
        {
            return start;
        }

        if (end.Certainty == TermCertainty.Uncertain)
        {
            return end;
        }

        return start.Certainty == TermCertainty.StartedThatDay ? start : end;
    }

    private static TermCheck StartSide(Occupancy term, DateOnly day)
    {
        if (term.Start is not { } start)
        {
            // No start date: after a known end it is clearly over; otherwise the record cannot say when it began.
            return new TermCheck(TermCertainty.Uncertain, TermReason.StartUnknown);
        }

        if (day < start.Earliest)
        {
            return new TermCheck(TermCertainty.NotHeld, TermReason.StartsLater, start);
        }

        if (start.Precision != DatePrecision.Day && day <= start.Latest)
        {
            return new TermCheck(TermCertainty.Uncertain, TermReason.StartImprecise, start);
        }

        return start.Precision == DatePrecision.Day && day == start.Earliest
            ? new TermCheck(TermCertainty.StartedThatDay, TermReason.TookOffice, start)
            : new TermCheck(TermCertainty.Holds, TermReason.InOfficeSince, start);
    }

    private static TermCheck EndSide(Occupancy term, DateOnly day)
    {
        if (term.End is not { } end)
        {
            return term.Status == "ended"
                ? new TermCheck(TermCertainty.Uncertain, TermReason.EndedOnUnknownDay)
                : new TermCheck(TermCertainty.Holds, TermReason.OpenEnded);
        }

        if (day > end.Latest)
        {
            // A scheduled end that has passed says nothing about what really happened (re-election, early exit).
            return term.EndIsScheduled
                ? new TermCheck(TermCertainty.Uncertain, TermReason.ScheduledEndPassed, end)
                : new TermCheck(TermCertainty.NotHeld, TermReason.Ended, end);
        }

        if (end.Precision != DatePrecision.Day && day >= end.Earliest)
        {
            return new TermCheck(TermCertainty.Uncertain, TermReason.EndImprecise, end);
        }

        return end.Precision == DatePrecision.Day && day == end.Latest && !term.EndIsScheduled
            ? new TermCheck(TermCertainty.EndedThatDay, TermReason.LeftOffice, end)
            : new TermCheck(TermCertainty.Holds, term.EndIsScheduled ? TermReason.RunsToScheduledEnd : TermReason.Ends, end);
    }
}
