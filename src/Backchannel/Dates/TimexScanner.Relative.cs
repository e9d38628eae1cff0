namespace Backchannel.Dates;

/// <summary>Expressions resolved against the document date: today, last week, Tuesday, now, early next year …</summary>
internal sealed partial class TimexScanner
{
    // early/late/mid X · the end/beginning/middle of X · earlier/later this X
    private bool TryEdge(int i, out TimexMatch match)
    {
        match = default;
        var j = i;
        var the = At(j).Is(DateKeyword.The);
        if (the)
        {
            j++;
        }

        var word = At(j);
        string mod;
        if (word.Is(DateKeyword.Early) || word.Is(DateKeyword.Late) || word.Is(DateKeyword.Mid))
        {
            mod = word.Is(DateKeyword.Early) ? "START" : word.Is(DateKeyword.Late) ? "END" : "MID";
            j++;
        }
        else if (the && (word.Is(DateKeyword.End) || word.Is(DateKeyword.Beginning) || word.Is(DateKeyword.Start) || word.Is(DateKeyword.Middle))
            && At(j + 1).Is(DateKeyword.Of))
        {
            mod = word.Is(DateKeyword.End) ? "END" : word.Is(DateKeyword.Middle) ? "MID" : "START";
            j += 2;
        }
        else if (!the && (word.Is(DateKeyword.Earlier) || word.Is(DateKeyword.Later))
            && (At(j + 1).Is(DateKeyword.This) || At(j + 1).Is(DateKeyword.Last) || At(j + 1).Is(DateKeyword.Next) || At(j + 1).Is(DateKeyword.That)))
        {
            mod = word.Is(DateKeyword.Earlier) ? "START" : "END";
            j++;
        }
        else
        {
            return false;
        }

        if (TryCore(j, out var inner, edges: false) && inner.First == j && inner.Type is TimexType.Date or TimexType.Time
            && !inner.Value.EndsWith("_REF", StringComparison.Ordinal))
        {
            match = inner with { First = i, Mod = inner.Mod ?? mod };
            return true;
        }

        // "the end of the year": the document's own year, month, week or quarter.
        if (At(j).Is(DateKeyword.The) && At(j + 1).Word is { Kind: DateWordKind.Unit, Plural: false } unitWord
            && unitWord.Unit is TimeUnit.Year or TimeUnit.Month or TimeUnit.Week or TimeUnit.Quarter or TimeUnit.Decade or TimeUnit.Century)
        {
            var value = _dct is { } dct ? TimexValues.Shift(dct, unitWord.Unit, 0) : TimexValues.Unknown(unitWord.Unit);
            match = new TimexMatch(i, j + 2, TimexType.Date, value, mod, _dct is not null);
            return true;
        }

        return false;
    }

    // now · currently · recently · the past · the future · soon · today · yesterday morning · tonight · the day before yesterday
    private bool TryRelativeWord(int i, out TimexMatch match)
    {
        match = default;
        var the = At(i).Is(DateKeyword.The);
        var j = the ? i + 1 : i;
        var word = At(j);
        var next = At(j + 1);
        switch (word.Word.Keyword)
        {
            case DateKeyword.Now when !the:
            case DateKeyword.Currently when !the:
            case DateKeyword.Nowadays when !the:
                match = new TimexMatch(i, j + 1, TimexType.Date, TimexValues.PresentRef);
                return true;
            case DateKeyword.Current when !the && next.Word.Kind != DateWordKind.Unit:
                // "the then current price" was current at a past time.
                var then = TextOf(At(i - 1)).Equals("then", StringComparison.OrdinalIgnoreCase) && At(i - 1).End <= word.Start;
                match = new TimexMatch(then ? i - 1 : i, j + 1, TimexType.Date, then ? TimexValues.PastRef : TimexValues.PresentRef);
                return true;
            case DateKeyword.Present when the || At(i - 1).Is(DateKeyword.At):
                match = new TimexMatch(i, j + 1, TimexType.Date, TimexValues.PresentRef);
                return true;
            case DateKeyword.Recently when !the:
                match = new TimexMatch(i, j + 1, TimexType.Date, TimexValues.PastRef);
                return true;
            case DateKeyword.Recent when next.Word.Kind != DateWordKind.Unit:
                // "the recent past" is a time; in "the recent attacks" only "recent" is.
                var recentPast = the && next.Is(DateKeyword.Past);
                match = new TimexMatch(recentPast ? i : j, recentPast ? j + 2 : j + 1, TimexType.Date, TimexValues.PastRef);
                return true;
            case DateKeyword.Past when the && !StartsCount(j + 1) && next.Word.Kind != DateWordKind.Unit && !next.Is(DateKeyword.Few) && !next.Is(DateKeyword.Several):
                match = new TimexMatch(i, j + 1, TimexType.Date, TimexValues.PastRef);
                return true;
            case DateKeyword.Future:
                match = new TimexMatch(i, j + 1, TimexType.Date, TimexValues.FutureRef);
                return true;
            case DateKeyword.Today when !the:
                return DayWithPart(i, j + 1, 0, out match);
            case DateKeyword.Yesterday when !the:
                return DayWithPart(i, j + 1, -1, out match);
            case DateKeyword.Tomorrow when !the:
                return DayWithPart(i, j + 1, 1, out match);
            case DateKeyword.Tonight when !the:
                match = new TimexMatch(i, j + 1, TimexType.Time, DayValue(0, out var anchored) + "TNI", Anchored: anchored);
                return true;
        }

        if (word.Is(DateKeyword.These) && TextOf(next) is "days" && !the)
        {
            match = new TimexMatch(i, j + 2, TimexType.Date, TimexValues.PresentRef);
            return true;
        }

        if (the && IsUnit(j, TimeUnit.Weekend, false))
        {
            // "over the weekend": the nearest weekend the clause points to.
            if (_dct is not { } dct)
            {
                match = new TimexMatch(i, j + 1, TimexType.Date, "XXXX-WXX-WE", Anchored: false);
                return true;
            }

            var saturday = TimexValues.WeekdayFrom(dct, 6, Forward(i, j + 1), allowSame: true);
            if (TimexValues.IsoWeekday(dct) == 7)
            {
                saturday = dct.AddDays(-1);
            }

            match = new TimexMatch(i, j + 1, TimexType.Date, TimexValues.Weekend(saturday));
            return true;
        }

        if (the && IsUnit(j, TimeUnit.Day, false) && (At(j + 1).Is(DateKeyword.Before) || At(j + 1).Is(DateKeyword.After))
            && (IsWeekday(j + 2, out _) || IsMonth(j + 2, out _, out _) || At(j + 2).Is(DateKeyword.Last) || At(j + 2).Is(DateKeyword.Next))
            && TryCore(j + 2, out var pivot, edges: false) && pivot.First == j + 2
            && DateOnly.TryParseExact(pivot.Value.AsSpan(0, Math.Min(10, pivot.Value.Length)), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var pivotDay))
        {
            // "the day before last Tuesday's hearing", "the day after March 3": one day off a named day.
            _pending = null;
            var offset = At(j + 1).Is(DateKeyword.Before) ? -1 : 1;
            match = new TimexMatch(i, pivot.Next, TimexType.Date, TimexValues.Day(pivotDay.AddDays(offset)));
            return true;
        }

        if (the && IsUnit(j, TimeUnit.Day, false))
        {
            if (At(j + 1).Is(DateKeyword.Before) && At(j + 2).Is(DateKeyword.Yesterday))
            {
                return DayWithPart(i, j + 3, -2, out match);
            }

            if (At(j + 1).Is(DateKeyword.After) && At(j + 2).Is(DateKeyword.Tomorrow))
            {
                return DayWithPart(i, j + 3, 2, out match);
            }
        }

        return false;
    }

    private bool StartsCount(int k)
    {
        var unit = At(k);
        return unit.Shape is DateUnitShape.Number or DateUnitShape.Fraction || unit.Word.Kind == DateWordKind.Cardinal;
    }

    private string DayValue(int shift, out bool anchored)
    {
        anchored = _dct is not null;
        return _dct is { } dct ? TimexValues.Day(dct.AddDays(shift)) : "XXXX-XX-XX";
    }

    // A day, optionally followed by a part of the day: "yesterday morning" is a TIME. A part of day can also come
    // first, usually with an edge word: "mid-afternoon yesterday", "late morning today".
    private bool DayWithPart(int first, int next, int shift, out TimexMatch match)
    {
        var day = DayValue(shift, out var anchored);
        if (At(first - 1).Word is { Kind: DateWordKind.PartOfDay } before && At(first - 1).End <= At(first).Start)
        {
            var edge = At(first - 2);
            var start = edge.Is(DateKeyword.Mid) || edge.Is(DateKeyword.Early) || edge.Is(DateKeyword.Late) ? first - 2 : first - 1;
            var mod = start == first - 1 ? null : edge.Is(DateKeyword.Mid) ? "MID" : edge.Is(DateKeyword.Early) ? "START" : "END";
            match = new TimexMatch(start, next, TimexType.Time, day + "T" + DateLexicon.PartOfDayCodes[before.Value], mod, anchored);
            return true;
        }

        return WithPartOfDay(first, next, day, anchored, out match);
    }

    // Deictic days with a part of day ("last night", "this morning", "yesterday morning") are TIMEs whose value keeps
    // the part of day. A named weekday with one ("Tuesday night") is a DATE whose value is the day alone: of the 24
    // such phrases TBAQ types DATE, 15 carry the bare day and 9 a part-of-day code (3 of them evening for "night"),
    // so the extent keeps the words but the value stops at the day. Callers pass the type to use.
    private bool WithPartOfDay(int first, int next, string day, bool anchored, out TimexMatch match, TimexType partType = TimexType.Time)
    {
        if (At(next).Word is { Kind: DateWordKind.PartOfDay } part)
        {
            var value = partType == TimexType.Date ? day : day + "T" + DateLexicon.PartOfDayCodes[part.Value];
            match = new TimexMatch(first, next + 1, partType, value, Anchored: anchored);
            return true;
        }

        match = new TimexMatch(first, next, TimexType.Date, day, Anchored: anchored);
        return true;
    }

    // this week · last month · next year · the following day · the past year (a duration) · last Tuesday · this morning
    private bool TryDeictic(int i, out TimexMatch match)
    {
        match = default;
        var the = At(i).Is(DateKeyword.The);
        var j = the ? i + 1 : i;
        var word = At(j);
        int shift;
        if (the && IsUnit(j, TimeUnit.Week, false) && At(j + 1).Is(DateKeyword.Of) && IsMonth(j + 2, out _, out _)
            && TryExplicitDate(j + 2, out var weekOf) && weekOf.Anchored && DateOnly.TryParseExact(weekOf.Value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var weekDay))
        {
            // "the week of March 6": the ISO week holding that day.
            _pending = null;
            match = new TimexMatch(i, weekOf.Next, TimexType.Date, TimexValues.Week(weekDay));
            return true;
        }

        if (!the && word.Is(DateKeyword.That) && _dct is not null && At(j + 1).Word is { Kind: DateWordKind.Unit, Plural: false } thatUnit
            && thatUnit.Unit is TimeUnit.Day or TimeUnit.Week or TimeUnit.Month or TimeUnit.Year)
        {
            // "that day", "that year": the one last talked about.
            var referent = ReferenceFor(thatUnit.Unit);
            match = new TimexMatch(i, j + 2, TimexType.Date, TimexValues.Shift(referent, thatUnit.Unit, 0), Derived: true);
            return true;
        }

        if (word.Is(DateKeyword.This) || word.Is(DateKeyword.Current))
        {
            shift = 0;
        }
        else if (word.Is(DateKeyword.Last) || word.Is(DateKeyword.Past) || word.Is(DateKeyword.Previous))
        {
            shift = -1;
        }
        else if (word.Is(DateKeyword.Next) || word.Is(DateKeyword.Coming) || word.Is(DateKeyword.Following))
        {
            shift = 1;
        }
        else
        {
            return false;
        }

        var target = At(j + 1);
        var k = j + 2;
        if (target.Is(DateKeyword.Fiscal) && IsUnit(j + 2, TimeUnit.Year, false))
        {
            // "the current fiscal year", "next fiscal year": without the company's calendar, the year itself.
            target = At(j + 2);
            k = j + 3;
        }

        if (target.Word is { Kind: DateWordKind.Unit, Plural: false } unitWord && !target.HyphenBefore)
        {
            return DeicticUnit(i, k, the, word, unitWord.Unit, shift, out match);
        }

        if (shift != 0 && (word.Is(DateKeyword.Previous) || word.Is(DateKeyword.Following)) && IsWeekday(j + 1, out var storyWeekday) && _dct is not null)
        {
            // "the previous Friday", "the following Monday" count from the day the story is talking about.
            var storyDay = TimexValues.WeekdayFrom(ReferenceFor(TimeUnit.Day), storyWeekday, forward: shift > 0, allowSame: false);
            match = new TimexMatch(i, k, TimexType.Date, TimexValues.Day(storyDay), Derived: true);
            return true;
        }

        if (the)
        {
            return false;
        }

        if (IsWeekday(j + 1, out var weekday))
        {
            if (_dct is not { } dct)
            {
                return WithPartOfDay(i, k, "XXXX-WXX-" + weekday.ToString(System.Globalization.CultureInfo.InvariantCulture), false, out match, TimexType.Date);
            }

            var date = shift switch
            {
                < 0 => TimexValues.WeekdayFrom(dct, weekday, forward: false, allowSame: false),
                > 0 => TimexValues.WeekdayFrom(dct, weekday, forward: true, allowSame: false),
                _ => TimexValues.WeekdayFrom(dct, weekday, Forward(i, k), allowSame: true),
            };
            return WithPartOfDay(i, k, TimexValues.Day(date), true, out match, TimexType.Date);
        }

        if (IsMonth(j + 1, out var month, out _) && IsDayNumber(j + 2, out var monthDay) && shift != 0 && _dct is { } anchorDay)
        {
            // "last Oct. 23": the most recent such day before the document date (or the next one after it).
            var year = anchorDay.Year;
            while (monthDay <= DateTime.DaysInMonth(year, month) && (shift < 0 ? new DateOnly(year, month, monthDay) >= anchorDay : new DateOnly(year, month, monthDay) <= anchorDay))
            {
                year += shift;
            }

            if (monthDay <= DateTime.DaysInMonth(year, month))
            {
                match = new TimexMatch(i, j + 3, TimexType.Date, TimexValues.Day(new DateOnly(year, month, monthDay)));
                return true;
            }
        }

        if (IsMonth(j + 1, out month, out _))
        {
            match = shift == 0 && _dct is { } dct
                ? new TimexMatch(i, k, TimexType.Date, TimexValues.Month(dct.Year, month))
                : RelativeMonth(i, k, month, shift == 0 ? -1 : shift, allowCurrent: false);
            return true;
        }

        if (target.Word is { Kind: DateWordKind.PartOfDay } part && (shift == 0 || (shift < 0 && part.Value is 3 or 4)))
        {
            var day = DayValue(shift, out var anchored);
            match = new TimexMatch(i, k, TimexType.Time, day + "T" + DateLexicon.PartOfDayCodes[part.Value], Anchored: anchored);
            return true;
        }

        return false;
    }

    private bool DeicticUnit(int i, int k, bool the, DateUnit word, TimeUnit unit, int shift, out TimexMatch match)
    {
        match = default;
        var anaphoric = the && (word.Is(DateKeyword.Following) || ((word.Is(DateKeyword.Next) || word.Is(DateKeyword.Previous)) && unit == TimeUnit.Day));
        // TimeBank and AQUAINT annotate "the past year", "the last week", "the next year" as the calendar unit before
        // or after the document date (a DATE); a bare "past decade" and short spans ("the past day") stay durations.
        var calendarUnit = unit is TimeUnit.Week or TimeUnit.Month or TimeUnit.Year or TimeUnit.Decade;
        var asDuration = !anaphoric && unit != TimeUnit.Weekend
            && ((word.Is(DateKeyword.Past) && !(the && calendarUnit))
                || (the && !calendarUnit && (word.Is(DateKeyword.Last) || word.Is(DateKeyword.Next) || word.Is(DateKeyword.Coming))));
        if (asDuration)
        {
            match = new TimexMatch(i, k, TimexType.Duration, TimexValues.Duration(1, unit));
            return true;
        }

        if (the && calendarUnit && !anaphoric && shift != 0 && _dct is { } now)
        {
            // "the previous year" counts from the period the story is on; "the past/next year" from the document date.
            var from = word.Is(DateKeyword.Previous) ? ReferenceFor(unit) : now;
            match = new TimexMatch(i, k, TimexType.Date, TimexValues.Shift(from, unit, shift), Derived: word.Is(DateKeyword.Previous));
            return true;
        }

        if ((unit == TimeUnit.Day && !anaphoric) || unit is TimeUnit.Second or TimeUnit.Minute or TimeUnit.Hour
            || (the && !anaphoric && !word.Is(DateKeyword.Current) && !word.Is(DateKeyword.This) && unit != TimeUnit.Weekend))
        {
            return false;
        }

        var first = the && !anaphoric && !word.Is(DateKeyword.Current) && unit != TimeUnit.Weekend ? i + 1 : i;
        if (_dct is null)
        {
            match = new TimexMatch(first, k, TimexType.Date, TimexValues.Unknown(unit), Anchored: false);
            return true;
        }

        if (unit == TimeUnit.Quarter && shift == 0 && _quarter > 0 && !word.Is(DateKeyword.Current))
        {
            // "this quarter" in results reporting is the quarter being reported.
            match = new TimexMatch(first, k, TimexType.Date, TimexValues.Quarter(_quarterYear, _quarter), Derived: true);
            return true;
        }

        var anchor = anaphoric ? ReferenceFor(unit) : _dct.Value;
        match = new TimexMatch(first, k, TimexType.Date, TimexValues.Shift(anchor, unit, shift));
        return true;
    }

    // Tuesday · Tuesday evening · Mondays (a set)
    // directionFrom: where the whole expression starts when the weekday closes it ("until 9 a.m. Tuesday"), so the
    // words before it decide the direction.
    private bool TryWeekday(int i, out TimexMatch match, int directionFrom = -1)
    {
        match = default;
        var unit = At(i);
        if (unit.Word.Kind != DateWordKind.Weekday || !unit.Capitalized)
        {
            return false;
        }

        var weekday = unit.Word.Value;
        var code = weekday.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (PluralPartOfDay(i + 1) is > 0 and var recurring)
        {
            // "Tuesday nights": a plural part of day makes the weekday recur.
            match = new TimexMatch(i, i + 2, TimexType.Set, "XXXX-WXX-" + code + "T" + DateLexicon.PartOfDayCodes[recurring]);
            return true;
        }

        if ((At(i + 1).Is(DateKeyword.And) || At(i + 1).Is(DateKeyword.Or)) && IsWeekday(i + 2, out _) && PluralPartOfDay(i + 3) is > 0 and var shared)
        {
            // "Monday and Tuesday nights": the first weekday shares the recurring part of day.
            match = new TimexMatch(i, i + 1, TimexType.Set, "XXXX-WXX-" + code + "T" + DateLexicon.PartOfDayCodes[shared]);
            return true;
        }

        if (unit.Word.Plural)
        {
            var part = At(i + 1).Word is { Kind: DateWordKind.PartOfDay } p ? "T" + DateLexicon.PartOfDayCodes[p.Value] : "";
            match = new TimexMatch(i, part.Length > 0 ? i + 2 : i + 1, TimexType.Set, "XXXX-WXX-" + code + part);
            return true;
        }

        if (_dct is not { } dct)
        {
            return WithPartOfDay(i, i + 1, "XXXX-WXX-" + code, false, out match, TimexType.Date);
        }

        // "Wednesday's ruling": a weekday in the possessive names something that has happened (TBAQ: all 17 such
        // weekdays are the document's day or before it), whatever the tense of the clause around it.
        var possessive = IsPossessive(i + 1) || (At(i + 1).Word.Kind == DateWordKind.PartOfDay && IsPossessive(i + 2));
        var forward = !possessive && Forward(directionFrom >= 0 ? directionFrom : i, i + 1);
        var date = TimexValues.WeekdayFrom(dct, weekday, forward, allowSame: true);
        return WithPartOfDay(i, i + 1, TimexValues.Day(date), true, out match, TimexType.Date);
    }

    // The index of a plural part of day ("mornings" 1 … "nights" 4) at unit k, or 0.
    private int PluralPartOfDay(int k)
    {
        var word = TextOf(At(k));
        return word.Equals("mornings", StringComparison.OrdinalIgnoreCase) ? 1
            : word.Equals("afternoons", StringComparison.OrdinalIgnoreCase) ? 2
            : word.Equals("evenings", StringComparison.OrdinalIgnoreCase) ? 3
            : word.Equals("nights", StringComparison.OrdinalIgnoreCase) ? 4
            : 0;
    }
}
