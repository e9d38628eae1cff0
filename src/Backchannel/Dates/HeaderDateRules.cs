using Backchannel.Text;

namespace Backchannel.Dates;

/// <summary>
/// Finds the date a story is filed under at its top: a date line ("Published: 5 January 2026 14:03 GMT",
/// "By Jane Roe | Jan. 5, 2026") or a dateline opening the first paragraph ("LONDON, 5 January 2026 (Reuters) – …",
/// "WASHINGTON (AP) — Jan. 5, 1998 — …"). Only the first few lines count, and the words beside the date must be
/// header words — names, places, agencies, times, "published", "updated", "by" — never a sentence's words: a headline
/// such as "Ten years since 5 May 2016" or "Remembering The Attacks Of 11 September 2001" is about a date, not dated.
/// </summary>
internal static class HeaderDateRules
{
    // A headline, a byline, a date line and the first paragraph (which may open with a dateline).
    private const int MaxLines = 4;

    // Datelines and date lines sit in the first few hundred characters; later lines are the story.
    private const int MaxOffset = 600;

    // "NEW YORK, N.Y. (Wire Service)" is six words; a longer run before the date is a headline or a sentence.
    private const int MaxDatelinePlaceWords = 8;

    // "Last updated on Monday at 14:03 local time, by Jane Roe" is about a dozen.
    private const int MaxDateLineWords = 12;

    // A bare date line ("Monday 5 January 2026") is a page's time stamp right under the headline; further down it may
    // head a fixture or event box (a venue line, then "Saturday 4 March 2006"), which gives the day of the event.
    private const int MaxBareDateLine = 2;

    /// <summary>Offset where the header zone ends: after the fourth non-empty line or at 600 characters.</summary>
    public static int ZoneEnd(string text)
    {
        var lines = 0;
        var position = 0;
        while (position < text.Length && position < MaxOffset)
        {
            var end = text.IndexOf('\n', position);
            end = end < 0 ? text.Length : end;
            if (!text.AsSpan(position, end - position).IsWhiteSpace() && ++lines == MaxLines)
            {
                return Math.Min(end, MaxOffset);
            }

            position = end + 1;
        }

        return Math.Min(text.Length, MaxOffset);
    }

    /// <summary>
    /// Whether the date in tokens [<paramref name="first"/>, <paramref name="after"/>) stands on a date line or opens
    /// a dateline. <paramref name="lineHasClock"/> tells a line that also gives a clock time (a time stamp);
    /// <paramref name="updated"/> tells a "last updated" line, which dates a revision, not the story.
    /// </summary>
    public static bool TryRead(string text, ReadOnlySpan<Token> tokens, int first, int after, bool lineHasClock, out DocumentDateSignal signal, out bool updated)
    {
        signal = DocumentDateSignal.DateLine;
        updated = false;
        var (lineFirst, lineAfter) = TokenSearch.LineOf(text, tokens, first);
        if (PrecededByCue(text, tokens, lineFirst, first))
        {
            return false;
        }

        var separator = after;
        while (separator < lineAfter && !IsSeparator(Slice(text, tokens[separator])))
        {
            separator++;
        }

        var before = HeaderRun.Scan(text, tokens, lineFirst, first);
        var between = HeaderRun.Scan(text, tokens, after, separator);
        var rest = separator < lineAfter ? HeaderRun.Scan(text, tokens, separator + 1, lineAfter) : default;
        if (!before.Clean || !between.Clean)
        {
            return false;
        }

        updated = NearestKeywordIsUpdate(text, tokens, lineFirst, first);
        if (separator < lineAfter && !rest.Clean)
        {
            // The story follows the separator: a dateline opens with a place, not with "On" or "By", written as
            // datelines write it ("LONDON, …", "…, 5 January 2026 (Reuters) –"), not as a sentence opens ("Blair, …").
            signal = DocumentDateSignal.Dateline;
            return before.Names && before.Words <= MaxDatelinePlaceWords && (before.Dateline || between.Dateline);
        }

        // A line of its own: it must say it is a header ("Published …", a byline), be a dateline whose story starts on
        // the next line ("GENEVA, 5 January 2026"), carry a clock time, or stand right under the headline. Names are
        // allowed only in the first two cases.
        var words = before.Words + between.Words + rest.Words;
        var names = before.Names || between.Names || rest.Names;
        var keyword = before.Keyword || between.Keyword || rest.Keyword;
        var dateline = before.Names && before.Words <= MaxDatelinePlaceWords && (before.Dateline || between.Dateline);
        return words <= MaxDateLineWords
            && (keyword || dateline || (!names && (lineHasClock || LineNumber(text, tokens[first].Start) <= MaxBareDateLine)));
    }

    // 1 for the first non-empty line.
    private static int LineNumber(string text, int offset)
    {
        var number = 0;
        var position = 0;
        while (position <= offset && position < text.Length)
        {
            var end = text.IndexOf('\n', position);
            end = end < 0 ? text.Length : end;
            number += text.AsSpan(position, end - position).IsWhiteSpace() ? 0 : 1;
            position = end + 1;
        }

        return number;
    }

    // "Published 5 January 2026, last updated 7 January 2026": each date belongs to the keyword nearest before it.
    private static bool NearestKeywordIsUpdate(string text, ReadOnlySpan<Token> tokens, int lineFirst, int first)
    {
        for (var t = first - 1; t >= lineFirst; t--)
        {
            var word = Slice(text, tokens[t]);
            if (DocumentDateWords.IsHeaderKeyword(word))
            {
                return DocumentDateWords.IsUpdateWord(word);
            }
        }

        return false;
    }

    // "the attacks of 11 September 2001", "by 5 March 2026", "until Monday, 5 January 2026".
    private static bool PrecededByCue(string text, ReadOnlySpan<Token> tokens, int lineFirst, int first)
    {
        for (var t = first - 1; t >= lineFirst; t--)
        {
            var token = tokens[t];
            var word = Slice(text, token);
            if (token.Kind is TokenKind.Punctuation or TokenKind.Bracket || DocumentDateWords.Weekday(word) is not null)
            {
                continue;
            }

            return token.Kind == TokenKind.Word && DocumentDateWords.IsHistoryOrPlanCue(word);
        }

        return false;
    }

    private static bool IsSeparator(ReadOnlySpan<char> token)
        => token is "-" or "--" or "\u2014" or "\u2013" or "\u2015" or "_" or ":" or "|";

    private static ReadOnlySpan<char> Slice(string text, Token token) => text.AsSpan(token.Start, token.End - token.Start);
}
