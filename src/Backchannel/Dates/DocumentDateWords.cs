using System.Collections.Frozen;

namespace Backchannel.Dates;

/// <summary>
/// The words <see cref="DocumentDateInference"/> reads around a stated date, looked up case-insensitively on spans
/// without allocating: header words (what may stand beside a date on a byline or date line), cues that mark a date as
/// history or as a deadline or plan, deictic words, weekday names and their abbreviations.
/// </summary>
internal static class DocumentDateWords
{
    // Words a date line or byline may hold besides names and the date: "Last updated at 14:03 local time".
    private static readonly FrozenSet<string> HeaderWords = Set(
        "on", "at", "by", "and", "published", "updated", "posted", "last", "first", "date", "dated", "filed", "local",
        "time", "modified", "edited", "revised", "created", "issued", "min", "mins", "read", "hrs", "h", "ET", "PT", "CT",
        "MT", "IST", "JST", "HKT", "SGT", "AEST", "AEDT");

    // A header line that names someone ("By Jane Roe, Wire Service | 5 January 2026") must say it is a header.
    private static readonly FrozenSet<string> HeaderKeywords = Set(
        "published", "updated", "posted", "by", "dated", "date", "filed", "modified", "edited", "revised", "created", "issued");

    // A date the line says was changed later is not when the document first appeared.
    private static readonly FrozenSet<string> UpdateWords = Set("updated", "modified", "edited", "revised");

    // Before a date, these make it history ("the attacks of …", "since …") or a deadline or plan ("by …", "until …",
    // "due …", "effective …"): a date the text is about, not the day it was written.
    private static readonly FrozenSet<string> HistoryOrPlanCues = Set(
        "of", "since", "before", "after", "until", "till", "from", "to", "through", "between", "due", "deadline",
        "expires", "expiry", "expired", "anniversary", "effective", "ending", "ended", "by", "in");

    private static readonly FrozenDictionary<string, DayOfWeek> WeekdayAbbreviations = new Dictionary<string, DayOfWeek>(StringComparer.OrdinalIgnoreCase)
    {
        ["Mon"] = DayOfWeek.Monday,
        ["Tue"] = DayOfWeek.Tuesday,
        ["Tues"] = DayOfWeek.Tuesday,
        ["Wed"] = DayOfWeek.Wednesday,
        ["Thu"] = DayOfWeek.Thursday,
        ["Thur"] = DayOfWeek.Thursday,
        ["Thurs"] = DayOfWeek.Thursday,
        ["Fri"] = DayOfWeek.Friday,
        ["Sat"] = DayOfWeek.Saturday,
        ["Sun"] = DayOfWeek.Sunday,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HeaderWordLookup = HeaderWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HeaderKeywordLookup = HeaderKeywords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> UpdateWordLookup = UpdateWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CueLookup = HistoryOrPlanCues.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, DayOfWeek>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup
        = WeekdayAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsHeaderWord(ReadOnlySpan<char> word)
    {
        if (HeaderWordLookup.Contains(word))
        {
            return true;
        }

        var entry = DateLexicon.Find(word);
        return entry.Kind is DateWordKind.Meridiem or DateWordKind.Zone or DateWordKind.Month || Weekday(word) is not null;
    }

    public static bool IsHeaderKeyword(ReadOnlySpan<char> word) => HeaderKeywordLookup.Contains(word);

    public static bool IsUpdateWord(ReadOnlySpan<char> word) => UpdateWordLookup.Contains(word);

    public static bool IsHistoryOrPlanCue(ReadOnlySpan<char> word) => CueLookup.Contains(word);

    /// <summary>The weekday a full name ("Monday") or abbreviation ("Mon", "Thurs") names; null for anything else.</summary>
    public static DayOfWeek? Weekday(ReadOnlySpan<char> word)
    {
        var trimmed = word.TrimEnd('.');
        var entry = DateLexicon.Find(trimmed);
        if (entry.Kind == DateWordKind.Weekday && !entry.Plural)
        {
            return (DayOfWeek)(entry.Value % 7);
        }

        return AbbreviationLookup.TryGetValue(trimmed, out var day) ? day : null;
    }

    /// <summary>
    /// How many days the document lies after a date the text calls by this word: today 0, yesterday 1, tomorrow −1;
    /// null for any other word.
    /// </summary>
    public static int? DaysAfter(ReadOnlySpan<char> word)
    {
        if (word.Equals("today", StringComparison.OrdinalIgnoreCase) || word.Equals("tonight", StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }

        if (word.Equals("yesterday", StringComparison.OrdinalIgnoreCase))
        {
            return 1;
        }

        return word.Equals("tomorrow", StringComparison.OrdinalIgnoreCase) ? -1 : null;
    }

    /// <summary>
    /// True for a double quotation mark (straight, curly or guillemet). Single quotes are left out: an apostrophe
    /// closing "the players'" is spelled the same.
    /// </summary>
    public static bool IsQuoteMark(ReadOnlySpan<char> token)
        => token is "\"" or "\u201C" or "\u201D" or "\u00AB" or "\u00BB";

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
