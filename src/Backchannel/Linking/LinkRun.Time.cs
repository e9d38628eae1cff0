using System.Globalization;
using Backchannel.Dates;
using Backchannel.Tagging;
using Backchannel.Text;

namespace Backchannel.Linking;

/// <summary>
/// The time a sentence speaks of, for title checks: "when President X signed the treaty in 1994" is checked in 1994,
/// not at the document's date.
/// </summary>
internal sealed partial class LinkRun
{
    private Timex[] timexBuffer = [];
    private int timexCount;

    // Sentences come in text order, so the time expressions before the current one are never looked at again.
    private int timexCursor;
    private TitleContext sentenceTime;

    // The tagger's tags by token index, filled only for sentences with titles (the tense guesser reads them).
    private string?[] tenseTags = [];

    /// <summary>The document's time expressions, copied once per document (the sentence scan reads them).</summary>
    public void Timexes(ReadOnlySpan<Timex> timexes)
    {
        if (timexBuffer.Length < timexes.Length)
        {
            timexBuffer = new Timex[Math.Max(timexes.Length, timexBuffer.Length * 2)];
        }

        timexes.CopyTo(timexBuffer);
        timexCount = timexes.Length;
        timexCursor = 0;
    }

    /// <summary>
    /// Reads the earlier date a sentence names, if any, and whether it tells of the past around its first title (only
    /// for sentences with titles).
    /// </summary>
    private void ReadSentenceTime(ReadOnlySpan<Token> tokens, ReadOnlySpan<PosTag> pos, Sentence sentence, int titleStart, bool hasTitles)
    {
        sentenceTime = TitleContext.None;
        if (!hasTitles || !dated)
        {
            return;
        }

        DateOnly? from = null;
        var to = default(DateOnly);
        string? when = null;
        while (timexCursor < timexCount && timexBuffer[timexCursor].Start < sentence.Start)
        {
            timexCursor++;
        }

        for (var i = timexCursor; i < timexCount && timexBuffer[i].Start < sentence.End; i++)
        {
            var timex = timexBuffer[i];
            if (timex.End > sentence.End || timex.Type != TimexType.Date
                || !TryPeriod(timex.Value, out var start, out var end) || end.AddDays(31) >= day)
            {
                continue;
            }

            (from, to, when) = (start, end, text[timex.Start..timex.End]);
            break;
        }

        sentenceTime = new TitleContext(from, to, when, from is null && TellsOfPast(tokens, pos, sentence, titleStart));
    }

    private bool TellsOfPast(ReadOnlySpan<Token> tokens, ReadOnlySpan<PosTag> pos, Sentence sentence, int titleStart)
    {
        var last = sentence.FirstToken + sentence.TokenCount;
        if (tenseTags.Length < tokens.Length)
        {
            tenseTags = new string?[tokens.Length];
        }

        var at = sentence.FirstToken;
        for (var t = sentence.FirstToken; t < last; t++)
        {
            tenseTags[t] = t < pos.Length ? pos[t].Tag : null;
            if (tokens[t].Start <= titleStart)
            {
                at = t;
            }
        }

        return TenseGuesser.Guess(text, tokens, sentence, at, at, tenseTags) == Tense.Past;
    }

    /// <summary>The days a TIMEX3 date value covers: a decade ("197"), a year, a month or a day.</summary>
    private static bool TryPeriod(string value, out DateOnly from, out DateOnly to)
    {
        from = to = default;
        if (value.Length == 3 && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var decade))
        {
            from = new DateOnly(decade * 10, 1, 1);
            to = new DateOnly((decade * 10) + 9, 12, 31);
            return true;
        }

        var formats = value.Length switch
        {
            4 => "yyyy",
            7 => "yyyy-MM",
            10 => "yyyy-MM-dd",
            _ => null,
        };
        if (formats is null || !DateOnly.TryParseExact(value, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out from))
        {
            return false;
        }

        to = value.Length switch
        {
            4 => from.AddYears(1).AddDays(-1),
            7 => from.AddMonths(1).AddDays(-1),
            _ => from,
        };
        return true;
    }
}
