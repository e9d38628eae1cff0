using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using Backchannel.Text;

namespace Backchannel.Dates;

/// <summary>
/// Infers a document's date from its text when metadata gives none, and abstains unless the text itself says which
/// day it was written. News states the day it is filed in few places: a date line or dateline at the top
/// (<see cref="HeaderDateRules"/>) and a stated date it calls today, yesterday or tomorrow
/// (<see cref="DeicticDateRules"/>). Every other full date in a story is something the story is about — history
/// ("the attacks of 11 September 2001"), a deadline or plan ("by 5 March 2026", "takes effect on …"), a past event
/// days or years back — and is never taken: news style drops the year from dates near the day of writing, so a date
/// written out with its year in the body is seldom that day. A weekday stated beside a date must be that date's
/// weekday; candidates that disagree, or a past-tense date in the body that lies after the candidate, make it abstain.
/// A wrong date is worse than none: it decides who held which office and anchors every "yesterday".
/// </summary>
public static class DocumentDateInference
{
    // Reporting lag: a story may tell of something done late on the day before it is dated.
    private const int PastToleranceDays = 1;

    [ThreadStatic]
    private static List<Token>? t_tokens;

    [ThreadStatic]
    private static List<Sentence>? t_sentences;

    [ThreadStatic]
    private static List<int>? t_evidenceStarts;

    /// <summary>The inferred date, or null when the text does not say when it was written.</summary>
    public static DateOnly? Infer(string text) => Explain(text)?.Date;

    /// <summary>The inferred date with the stated date and line it came from, or null.</summary>
    public static DocumentDateEvidence? Explain(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokenList = t_tokens ??= new List<Token>(1024);
        var sentenceList = t_sentences ??= new List<Sentence>(64);
        tokenList.Clear();
        sentenceList.Clear();
        Tokenizer.Tokenize(text, tokenList);
        SentenceSplitter.Split(text, CollectionsMarshal.AsSpan(tokenList), sentenceList);
        var tokens = tokenList.ToArray();
        var sentences = sentenceList.ToArray();
        var timexes = TimexRecognizer.Recognize(text, tokens, sentences, documentDate: null);
        var headerEnd = HeaderDateRules.ZoneEnd(text);

        var evidenceStarts = t_evidenceStarts ??= new List<int>(4);
        evidenceStarts.Clear();
        DocumentDateEvidence? chosen = null;
        foreach (var timex in timexes)
        {
            if (!IsStatedDay(text, timex, out var stated))
            {
                continue;
            }

            var first = TokenSearch.FirstAtOrAfter(tokens, timex.Start);
            var after = TokenSearch.FirstAtOrAfter(tokens, timex.End);
            DocumentDateEvidence candidate;
            var isUpdate = false;
            if (timex.Start < headerEnd && HeaderDateRules.TryRead(text, tokens, first, after, LineHasClock(text, timexes, timex.Start), out var signal, out isUpdate))
            {
                var (lineStart, lineEnd) = TokenSearch.LineSpan(text, timex.Start);
                candidate = new DocumentDateEvidence(stated, signal, timex.Start, timex.End, lineStart, lineEnd);
            }
            else if (DeicticDateRules.TryRead(text, tokens, first, out var daysAfter))
            {
                var (contextStart, contextEnd) = SentenceAt(sentences, timex.Start) is { TokenCount: > 0 } sentence
                    ? (sentence.Start, sentence.End)
                    : TokenSearch.LineSpan(text, timex.Start);
                candidate = new DocumentDateEvidence(stated.AddDays(daysAfter), Deictic(daysAfter), timex.Start, timex.End, contextStart, contextEnd);
            }
            else
            {
                continue;
            }

            if (!WeekdayAgrees(text, tokens, first, after, stated))
            {
                return null;
            }

            // A "last updated" line dates a revision, not the story: it is read (so the body check skips it) but not used.
            evidenceStarts.Add(timex.Start);
            if (isUpdate)
            {
                continue;
            }

            // Two different days for the writing leave it unknown.
            if (chosen is { } held && held.Date != candidate.Date)
            {
                return null;
            }

            chosen ??= candidate;
        }

        if (chosen is not { } found || ContradictedByPast(text, tokens, sentences, timexes, evidenceStarts, found))
        {
            return null;
        }

        return found;
    }

    private static DocumentDateSignal Deictic(int daysAfter) => daysAfter switch
    {
        0 => DocumentDateSignal.Today,
        > 0 => DocumentDateSignal.Yesterday,
        _ => DocumentDateSignal.Tomorrow,
    };

    // Day-precise, with the year written on one line: "5 January 2026", "2026-01-05", "Jan. 5, 2026 3:14 p.m.". Not
    // "Saturday, 4 March" (the recogniser finds it a year from the weekday), nor a date whose "year" is a clock time
    // on the next line ("4 March\n\n1500 GMT").
    private static bool IsStatedDay(string text, Timex timex, out DateOnly date)
    {
        date = default;
        var value = timex.Value;
        if (timex.Type is not (TimexType.Date or TimexType.Time) || !timex.Anchored || value.Length < 10 || value[4] != '-' || value[7] != '-'
            || !DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return false;
        }

        var surface = text.AsSpan(timex.Start, timex.End - timex.Start);
        return !surface.Contains('\n') && surface.Contains(value.AsSpan(0, 4), StringComparison.Ordinal);
    }

    // "Published: 5 January 2026, 14:03 GMT": a clock time on the date's line marks a time stamp.
    private static bool LineHasClock(string text, ImmutableArray<Timex> timexes, int offset)
    {
        var (start, end) = TokenSearch.LineSpan(text, offset);
        foreach (var timex in timexes)
        {
            if (timex.Start >= start && timex.End <= end && timex.Type == TimexType.Time && timex.Value.Contains('T', StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // "Monday 5 January 2026", "Mon, 05 Jan 2026": a weekday inside the date or just before it must be the date's.
    private static bool WeekdayAgrees(string text, ReadOnlySpan<Token> tokens, int first, int after, DateOnly date)
    {
        var (lineStart, _) = TokenSearch.LineSpan(text, tokens[first].Start);
        var from = first;
        var words = 0;
        for (var t = first - 1; t >= 0 && tokens[t].Start >= lineStart && words < 2; t--)
        {
            if (tokens[t].Kind == TokenKind.Word)
            {
                words++;
                from = t;
            }
            else if (tokens[t].Kind is not (TokenKind.Punctuation or TokenKind.Bracket))
            {
                break;
            }
        }

        for (var t = from; t < after; t++)
        {
            if (tokens[t].Kind == TokenKind.Word
                && DocumentDateWords.Weekday(text.AsSpan(tokens[t].Start, tokens[t].End - tokens[t].Start)) is { } day
                && day != date.DayOfWeek)
            {
                return false;
            }
        }

        return true;
    }

    // A story cannot report as done something dated after it was written: a past-tense date in the body that lies
    // beyond the candidate (allowing a day's lag) means the candidate is wrong.
    // Dates read as evidence (a "last updated" line among them) are not narrative and are skipped.
    private static bool ContradictedByPast(string text, Token[] tokens, Sentence[] sentences, ImmutableArray<Timex> timexes, List<int> evidenceStarts, DocumentDateEvidence found)
    {
        var latest = found.Date.AddDays(PastToleranceDays);
        foreach (var timex in timexes)
        {
            if (!IsStatedDay(text, timex, out var stated) || stated <= latest || evidenceStarts.Contains(timex.Start))
            {
                continue;
            }

            var first = TokenSearch.FirstAtOrAfter(tokens, timex.Start);
            var last = TokenSearch.FirstAtOrAfter(tokens, timex.End) - 1;
            var sentence = SentenceAt(sentences, timex.Start);
            if (last >= first && sentence.TokenCount > 0 && TenseGuesser.Guess(text, tokens, sentence, first, last, null) == Tense.Past)
            {
                return true;
            }
        }

        return false;
    }

    private static Sentence SentenceAt(Sentence[] sentences, int offset)
    {
        foreach (var sentence in sentences)
        {
            if (offset >= sentence.Start && offset < sentence.End)
            {
                return sentence;
            }
        }

        return default;
    }
}
