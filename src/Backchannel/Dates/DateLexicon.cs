using System.Collections.Frozen;

namespace Backchannel.Dates;

/// <summary>
/// Every word the date grammar knows, looked up case-insensitively on spans without allocating. Month and weekday
/// names are also checked for a capital by the grammar, so "may" and "march" stay verbs.
/// </summary>
internal static class DateLexicon
{
    /// <summary>Season codes by <see cref="DateWord.Value"/> (1–4).</summary>
    public static readonly string[] SeasonCodes = ["", "SP", "SU", "FA", "WI"];

    /// <summary>Part-of-day codes by <see cref="DateWord.Value"/> (1–5).</summary>
    public static readonly string[] PartOfDayCodes = ["", "MO", "AF", "EV", "NI", "DT"];

    private static readonly FrozenDictionary<string, DateWord> Words = Build().ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, DateWord>.AlternateLookup<ReadOnlySpan<char>> Lookup
        = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The entry for a word (without a trailing period), or a <see cref="DateWordKind.None"/> entry.</summary>
    public static DateWord Find(ReadOnlySpan<char> word) => Lookup.TryGetValue(word, out var entry) ? entry : default;

    private static Dictionary<string, DateWord> Build()
    {
        var words = new Dictionary<string, DateWord>(StringComparer.OrdinalIgnoreCase);
        string[] months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
        for (var m = 0; m < 12; m++)
        {
            words[months[m]] = new DateWord(DateWordKind.Month, m + 1);
            words[months[m][..3]] = new DateWord(DateWordKind.Month, m + 1);
        }

        words["Sept"] = new DateWord(DateWordKind.Month, 9);

        string[] days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
        for (var d = 0; d < 7; d++)
        {
            words[days[d]] = new DateWord(DateWordKind.Weekday, d + 1);
            words[days[d] + "s"] = new DateWord(DateWordKind.Weekday, d + 1, Plural: true);
        }

        AddUnit(words, TimeUnit.Second, "second", "seconds", "sec", "secs");
        AddUnit(words, TimeUnit.Minute, "minute", "minutes", "min", "mins");
        AddUnit(words, TimeUnit.Hour, "hour", "hours", "hr", "hrs");
        AddUnit(words, TimeUnit.Day, "day", "days");
        AddUnit(words, TimeUnit.Weekend, "weekend", "weekends");
        AddUnit(words, TimeUnit.Week, "week", "weeks");
        AddUnit(words, TimeUnit.Fortnight, "fortnight", "fortnights");
        AddUnit(words, TimeUnit.Month, "month", "months");
        AddUnit(words, TimeUnit.Quarter, "quarter", "quarters");
        AddUnit(words, TimeUnit.Year, "year", "years");
        AddUnit(words, TimeUnit.Decade, "decade", "decades");
        AddUnit(words, TimeUnit.Century, "century", "centuries");

        AddAll(words, DateWordKind.Season, 1, "spring", "springtime");
        AddAll(words, DateWordKind.Season, 2, "summer", "summertime");
        AddAll(words, DateWordKind.Season, 3, "fall", "autumn");
        AddAll(words, DateWordKind.Season, 4, "winter", "wintertime");
        AddAll(words, DateWordKind.PartOfDay, 1, "morning");
        AddAll(words, DateWordKind.PartOfDay, 2, "afternoon");
        AddAll(words, DateWordKind.PartOfDay, 3, "evening");
        AddAll(words, DateWordKind.PartOfDay, 4, "night");
        AddAll(words, DateWordKind.PartOfDay, 5, "daytime");

        string[] cardinals =
        [
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
        ];
        for (var n = 0; n < cardinals.Length; n++)
        {
            words[cardinals[n]] = new DateWord(DateWordKind.Cardinal, n);
        }

        string[] tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
        for (var n = 0; n < tens.Length; n++)
        {
            words[tens[n]] = new DateWord(DateWordKind.Cardinal, (n + 2) * 10);
        }

        string[] ordinals =
        [
            "", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
            "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
            "twentieth",
        ];
        for (var n = 1; n < ordinals.Length; n++)
        {
            words[ordinals[n]] = new DateWord(DateWordKind.Ordinal, n);
        }

        words["second"] = new DateWord(DateWordKind.Ordinal, 2, TimeUnit.Second);
        words["thirtieth"] = new DateWord(DateWordKind.Ordinal, 30);

        words["daily"] = new DateWord(DateWordKind.Frequency, 1, TimeUnit.Day);
        words["nightly"] = new DateWord(DateWordKind.Frequency, 1, TimeUnit.Day);
        words["weekly"] = new DateWord(DateWordKind.Frequency, 1, TimeUnit.Week);
        words["monthly"] = new DateWord(DateWordKind.Frequency, 1, TimeUnit.Month);
        words["quarterly"] = new DateWord(DateWordKind.Frequency, 1, TimeUnit.Quarter);
        words["annually"] = new DateWord(DateWordKind.Frequency, 1, TimeUnit.Year);
        words["yearly"] = new DateWord(DateWordKind.Frequency, 1, TimeUnit.Year);
        words["hourly"] = new DateWord(DateWordKind.Frequency, 1, TimeUnit.Hour);

        // Holidays on a fixed date carry month * 100 + day; Thanksgiving (fourth Thursday of November) carries 0.
        words["Christmas"] = new DateWord(DateWordKind.Holiday, 1225);
        words["Halloween"] = new DateWord(DateWordKind.Holiday, 1031);
        words["Thanksgiving"] = new DateWord(DateWordKind.Holiday, 0);

        words["a.m."] = new DateWord(DateWordKind.Meridiem, 0);
        words["a.m"] = new DateWord(DateWordKind.Meridiem, 0);
        words["p.m"] = new DateWord(DateWordKind.Meridiem, 12);
        words["am"] = new DateWord(DateWordKind.Meridiem, 0);
        words["p.m."] = new DateWord(DateWordKind.Meridiem, 12);
        words["pm"] = new DateWord(DateWordKind.Meridiem, 12);
        foreach (var zone in (string[])["GMT", "UTC", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "BST", "CET", "CEST", "EET", "MSK"])
        {
            words[zone] = new DateWord(DateWordKind.Zone, 0);
        }

        foreach (var keyword in Enum.GetValues<DateKeyword>())
        {
            if (keyword != DateKeyword.None)
            {
                words.TryAdd(keyword.ToString(), new DateWord(DateWordKind.Keyword, (int)keyword));
            }
        }

        words["o'clock"] = new DateWord(DateWordKind.Keyword, (int)DateKeyword.Oclock);
        words["midday"] = new DateWord(DateWordKind.Keyword, (int)DateKeyword.Noon);
        words["approx"] = new DateWord(DateWordKind.Keyword, (int)DateKeyword.Approximately);
        words["til"] = new DateWord(DateWordKind.Keyword, (int)DateKeyword.Until);
        words["till"] = new DateWord(DateWordKind.Keyword, (int)DateKeyword.Until);
        words["thru"] = new DateWord(DateWordKind.Keyword, (int)DateKeyword.Through);
        words["beginning"] = new DateWord(DateWordKind.Keyword, (int)DateKeyword.Beginning);
        words["start"] = new DateWord(DateWordKind.Keyword, (int)DateKeyword.Start);
        string[] decades = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"];
        for (var n = 0; n < decades.Length; n++)
        {
            words[decades[n]] = new DateWord(DateWordKind.Decade, (n + 2) * 10);
        }

        words["dozen"] = new DateWord(DateWordKind.Cardinal, 12);
        words["hundred"] = new DateWord(DateWordKind.Cardinal, 100);
        words["thousand"] = new DateWord(DateWordKind.Cardinal, 1000);
        return words;
    }

    private static void AddUnit(Dictionary<string, DateWord> words, TimeUnit unit, string singular, string plural, params string[] more)
    {
        words[singular] = new DateWord(DateWordKind.Unit, 0, unit);
        words[plural] = new DateWord(DateWordKind.Unit, 0, unit, Plural: true);
        for (var i = 0; i < more.Length; i++)
        {
            words[more[i]] = new DateWord(DateWordKind.Unit, 0, unit, Plural: i % 2 == 1);
        }
    }

    private static void AddAll(Dictionary<string, DateWord> words, DateWordKind kind, int value, params string[] forms)
    {
        foreach (var form in forms)
        {
            words[form] = new DateWord(kind, value);
        }
    }
}
