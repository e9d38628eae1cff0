using System.Globalization;
using System.Runtime.InteropServices;
using Backchannel.Text;

namespace Backchannel.Dates;

/// <summary>
/// Infers a document's date from its text when metadata gives none: the latest full (day-precision) date the text
/// states, skipping dates the text itself marks as later than the writing — dates in future-tense clauses ("will meet
/// on March 5") and the far ends of ranges ("runs from Jan. 19 to Jan. 23"). Relative expressions never count: with
/// no document date they cannot be resolved.
/// </summary>
public static class DocumentDateInference
{
    [ThreadStatic]
    private static List<Token>? t_tokens;

    [ThreadStatic]
    private static List<Sentence>? t_sentences;

    /// <summary>The inferred date, or null when the text states no usable full date.</summary>
    public static DateOnly? Infer(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = t_tokens ??= new List<Token>(1024);
        var sentences = t_sentences ??= new List<Sentence>(64);
        tokens.Clear();
        sentences.Clear();
        Tokenizer.Tokenize(text, tokens);
        SentenceSplitter.Split(text, CollectionsMarshal.AsSpan(tokens), sentences);
        var tokenArray = tokens.ToArray();
        var sentenceArray = sentences.ToArray();
        var timexes = TimexRecognizer.Recognize(text, tokenArray, sentenceArray, documentDate: null);

        DateOnly? latest = null;
        for (var i = 0; i < timexes.Length; i++)
        {
            var timex = timexes[i];
            if (timex.Type is not (TimexType.Date or TimexType.Time) || !TryFullDate(timex.Value, out var date)
                || (i > 0 && IsRangeEnd(text, timexes[i - 1], timex)) || IsFuture(text, tokenArray, sentenceArray, timex))
            {
                continue;
            }

            if (latest is null || date > latest.Value)
            {
                latest = date;
            }
        }

        return latest;
    }

    private static bool TryFullDate(string value, out DateOnly date)
    {
        date = default;
        return value.Length >= 10 && value[4] == '-' && value[7] == '-'
            && DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    // "Jan. 19 to Jan. 23", "January 19–23": the second date closes a span that may still be running.
    private static bool IsRangeEnd(string text, Timex previous, Timex current)
    {
        if (previous.End > current.Start || current.Start - previous.End > 12)
        {
            return false;
        }

        var between = text.AsSpan(previous.End, current.Start - previous.End).Trim();
        return between is "-" or "–" or "—" or "to" or "through" or "until" or "till" or "and" or "thru";
    }

    private static bool IsFuture(string text, Token[] tokens, Sentence[] sentences, Timex timex)
    {
        var first = FirstTokenAtOrAfter(tokens, timex.Start);
        var last = FirstTokenAtOrAfter(tokens, timex.End) - 1;
        if (first >= tokens.Length || last < first)
        {
            return false;
        }

        var sentence = SentenceOf(sentences, first);
        return sentence is { } found && TenseGuesser.Guess(text, tokens, found, first, last, null) == Tense.Future;
    }

    private static int FirstTokenAtOrAfter(Token[] tokens, int offset)
    {
        int low = 0, high = tokens.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (tokens[mid].Start < offset)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    private static Sentence? SentenceOf(Sentence[] sentences, int token)
    {
        foreach (var sentence in sentences)
        {
            if (token >= sentence.FirstToken && token < sentence.FirstToken + sentence.TokenCount)
            {
                return sentence;
            }
        }

        return null;
    }
}
