using Backchannel.Text;

namespace Backchannel.Dates;

/// <summary>
/// Reads a stated date the text itself calls today, yesterday or tomorrow: "said today, Monday 5 January 2026,
/// that …", "met yesterday (Jan. 4, 2026)", "Today is 6 January 2026". The deictic word fixes the writer's day
/// against the stated one, which no other mention in a story does. Words inside a quotation are someone else's
/// "today" (a speech from years ago read out) and do not count.
/// </summary>
internal static class DeicticDateRules
{
    // "today, Monday," / "yesterday (" / "Today is Tuesday," — at most this many tokens between the word and the date.
    private const int MaxGap = 4;

    /// <summary>
    /// Whether the date starting at token <paramref name="first"/> is named by a deictic word just before it;
    /// <paramref name="daysAfter"/> is how many days the document lies after the date.
    /// </summary>
    public static bool TryRead(string text, ReadOnlySpan<Token> tokens, int first, out int daysAfter)
    {
        daysAfter = 0;
        var (lineFirst, _) = TokenSearch.LineOf(text, tokens, first);
        for (var t = first - 1; t >= lineFirst && first - t <= MaxGap + 1; t--)
        {
            var token = tokens[t];
            var word = text.AsSpan(token.Start, token.End - token.Start);
            if (DocumentDateWords.IsQuoteMark(word) || token.Kind == TokenKind.Quote)
            {
                return false;
            }

            if (token.Kind is TokenKind.Punctuation or TokenKind.Bracket || DocumentDateWords.Weekday(word) is not null
                || word is "is" or "was" or "'s")
            {
                continue;
            }

            if (token.Kind != TokenKind.Word)
            {
                return false;
            }

            if (DocumentDateWords.DaysAfter(word) is { } days)
            {
                daysAfter = days;
                return !InsideQuotation(text, tokens, lineFirst, t);
            }

            // "this morning, 5 January 2026"
            if (DateLexicon.Find(word).Kind == DateWordKind.PartOfDay && t > lineFirst
                && text.AsSpan(tokens[t - 1].Start, tokens[t - 1].End - tokens[t - 1].Start).Equals("this", StringComparison.OrdinalIgnoreCase))
            {
                return !InsideQuotation(text, tokens, lineFirst, t);
            }

            return false;
        }

        return false;
    }

    // An odd number of quotation marks since the paragraph began: the word is quoted.
    private static bool InsideQuotation(string text, ReadOnlySpan<Token> tokens, int lineFirst, int token)
    {
        var marks = 0;
        for (var t = lineFirst; t < token; t++)
        {
            marks += DocumentDateWords.IsQuoteMark(text.AsSpan(tokens[t].Start, tokens[t].End - tokens[t].Start)) ? 1 : 0;
        }

        return (marks & 1) == 1;
    }
}
