namespace Backchannel.Knowledge.Model;

/// <summary>
/// Decides whether a term covers a day. Boundaries are inclusive: on a handover day both the outgoing and the incoming
/// holder held the office, and the answer says so rather than picking one. Partial dates are honoured: a term that
/// started "2022-03" is uncertain on 2022-03-10 and certain from 2022-04-01. An open-ended term holds only up to the
/// day its source stated it (<see cref="Occupancy.AsOf"/>, or the start when that is later): after it the record
/// cannot tell, so a 2014 dictionary never makes anyone an official in 2026.
/// </summary>
internal static class TermRules
{
    public static TermCheck Check(Occupancy term, DateOnly day) =>
        Check(new Span(term.Start, term.End, term.Status, term.EndIsScheduled, term.AsOf), day);

    /// <summary>
    /// A relation ("X's son-in-law") covers a day like a term, except that a relation without a start date is taken as
    /// standing (family relations are lifelong, and the record gives no start for most of them).
    /// </summary>
    public static TermCheck Check(Relation relation, DateOnly day) =>
        relation.Start is null && (relation.End is null || day <= relation.End.Value.Latest) && (relation.AsOf is null || day <= relation.AsOf.Value.Latest)
            ? new TermCheck(TermCertainty.Holds, TermReason.OpenEnded)
            : Check(new Span(relation.Start, relation.End, null, false, relation.AsOf), day);

    private readonly record struct Span(KbDate? Start, KbDate? End, string? Status, bool EndIsScheduled, KbDate? AsOf);

    private static TermCheck Check(Span term, DateOnly day)
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

    private static TermCheck StartSide(Span term, DateOnly day)
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

    private static TermCheck EndSide(Span term, DateOnly day)
    {
        if (term.End is not { } end)
        {
            if (term.Status == "ended")
            {
                return new TermCheck(TermCertainty.Uncertain, TermReason.EndedOnUnknownDay);
            }

            // The source's statement is as of its snapshot (or of the start, when the term began after it).
            if (term.AsOf is { } asOf)
            {
                var known = term.Start is { } s && s.Latest > asOf.Latest ? s : asOf;
                return day > known.Latest
                    ? new TermCheck(TermCertainty.Uncertain, TermReason.OpenPastAsOf, known)
                    : new TermCheck(TermCertainty.Holds, TermReason.OpenAsOf, known);
            }

            return new TermCheck(TermCertainty.Holds, TermReason.OpenEnded);
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
