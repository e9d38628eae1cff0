namespace Backchannel.Dates;

/// <summary>Calendar expressions: full and partial dates, years, decades, centuries, quarters, seasons, holidays.</summary>
internal sealed partial class TimexScanner
{
    // [Weekday[,]] Month Day[,] [Year] · Day Month [Year] · Month [of] Year · Month · 2026-01-20 · Month Day–Day, Year
    private bool TryExplicitDate(int i, out TimexMatch match)
    {
        match = default;
        var j = i;
        if (IsWeekday(j, out _))
        {
            j = At(j + 1).IsPunct(',') ? j + 2 : j + 1;
            if (!IsMonth(j, out _, out _) && !IsDayNumber(j, out _))
            {
                return false;
            }
        }

        if (IsYear(j, out var isoYear) && TryIso(j, isoYear, out match))
        {
            match = match with { First = i };
            return true;
        }

        if (IsDayNumber(j, out var day) && TryDayFirstRange(i, j, day, out match))
        {
            return true;
        }

        if (IsDayNumber(j, out day) && IsMonth(j + 1, out var month, out _))
        {
            var k = j + 2;
            var hasYear = TryYearAfter(ref k, out var year);
            return MakeDay(i, k, hasYear ? year : null, month, day, out match);
        }

        if (!IsMonth(j, out month, out var abbreviated))
        {
            return false;
        }

        if (IsDayNumber(j + 1, out day) && !IsUnit(j + 2, TimeUnit.Year) && !IsUnit(j + 2, TimeUnit.Day))
        {
            var k = j + 2;
            if (TryRangeEnd(k, day, out var rangeAt, out var rangeDay, out var rangeNext, out var rangeYear))
            {
                if (!MakeDay(i, j + 2, rangeYear, month, day, out match))
                {
                    return false;
                }

                if (MakeDay(rangeAt, rangeNext, rangeYear, month, rangeDay, out var second))
                {
                    _pending = second;
                }

                return true;
            }

            var hasYear = TryYearAfter(ref k, out var year);
            return MakeDay(i, k, hasYear ? year : null, month, day, out match);
        }

        var n = j + 1;
        if (At(n).Is(DateKeyword.Of) && IsYear(n + 1, out var ofYear))
        {
            match = new TimexMatch(i, n + 2, TimexType.Date, TimexValues.Month(ofYear, month));
            return true;
        }

        if (At(n).IsPunct(',') && IsYear(n + 1, out ofYear))
        {
            n++;
        }

        if ((At(n).Is(DateKeyword.This) || At(n).Is(DateKeyword.Last) || At(n).Is(DateKeyword.Next)) && IsUnit(n + 1, TimeUnit.Year, false) && _dct is { } dct)
        {
            // "June last year", "January this year"
            var shifted = dct.Year + (At(n).Is(DateKeyword.Last) ? -1 : At(n).Is(DateKeyword.Next) ? 1 : 0);
            match = new TimexMatch(i, n + 2, TimexType.Date, TimexValues.Month(shifted, month));
            return true;
        }

        if (IsYear(n, out var monthYear) || IsSpelledYear(n, out monthYear, out _))
        {
            var after = IsYear(n, out _) ? n + 1 : SpelledYearEnd(n);
            match = new TimexMatch(i, after, TimexType.Date, TimexValues.Month(monthYear, month));
            return true;
        }

        if (abbreviated && !TextOf(At(j)).EndsWith('.'))
        {
            return false;
        }

        // The month right after the document date's is next month whatever the verb: news names a month eleven
        // months back with its year, but often reports past decisions about next month without one.
        var nextMonth = _dct is { } today && month == (today.Month % 12) + 1;
        match = RelativeMonth(i, j + 1, month, nextMonth || Forward(i, j + 1) ? 1 : -1, allowCurrent: true);
        return true;
    }

    private TimexMatch RelativeMonth(int first, int next, int month, int direction, bool allowCurrent)
    {
        if (_dct is not { } dct)
        {
            return new TimexMatch(first, next, TimexType.Date, "XXXX-" + month.ToString("D2", System.Globalization.CultureInfo.InvariantCulture), Anchored: false);
        }

        var year = dct.Year;
        if (direction < 0 && (month > dct.Month || (month == dct.Month && !allowCurrent)))
        {
            year--;
        }
        else if (direction > 0 && (month < dct.Month || (month == dct.Month && !allowCurrent)))
        {
            year++;
        }

        return new TimexMatch(first, next, TimexType.Date, TimexValues.Month(year, month));
    }

    // 2026-01-20: the tokenizer may give 2026, -01, -20 or 2026, -, 01, -, 20; the pieces must touch.
    private bool TryIso(int j, int year, out TimexMatch match)
    {
        match = default;
        var k = j + 1;
        if (!TryTouchingNumber(ref k, At(j).End, out var month) || !TryTouchingNumber(ref k, month.End, out var day)
            || (At(k).Start == day.End && At(k).Shape is DateUnitShape.Number or DateUnitShape.Punct && (At(k).IsDash || At(k).HyphenBefore)))
        {
            return false;
        }

        return MakeDay(j, k, year, month.Number, day.Number, out match);
    }

    // "-01" right after the previous piece: either a hyphen-joined piece or a dash unit then digits.
    private bool TryTouchingNumber(ref int k, int previousEnd, out DateUnit number)
    {
        number = At(k);
        if (number.HyphenBefore && number.Shape == DateUnitShape.Number && number.Digits == 2 && number.Start == previousEnd + 1)
        {
            k++;
            return true;
        }

        if (number.IsDash && number.Start == previousEnd && At(k + 1) is { Shape: DateUnitShape.Number, Digits: 2 } digits && digits.Start == number.End)
        {
            number = digits;
            k += 2;
            return true;
        }

        return false;
    }

    // ", 2026" or " 2026" after a day.
    private bool TryYearAfter(ref int k, out int year)
    {
        var n = At(k).IsPunct(',') ? k + 1 : k;
        if (IsYear(n, out year))
        {
            k = n + 1;
            return true;
        }

        return false;
    }

    // "19–23 January 2026", "19 to 23 January": a day-first range inside one month gives two dates, as the
    // month-first form does; the month and year written after the second day apply to both.
    private bool TryDayFirstRange(int i, int j, int firstDay, out TimexMatch match)
    {
        match = default;
        var dash = At(j + 1);
        var secondAt = dash.IsDash || dash.Is(DateKeyword.To) || dash.Is(DateKeyword.Through) ? j + 2
            : dash.HyphenBefore && dash.Shape == DateUnitShape.Number ? j + 1
            : -1;
        if (secondAt < 0 || !IsDayNumber(secondAt, out var secondDay) || secondDay <= firstDay || !IsMonth(secondAt + 1, out var month, out _))
        {
            return false;
        }

        var next = secondAt + 2;
        int? year = TryYearAfter(ref next, out var y) ? y : null;
        if (!MakeDay(i, j + 1, year, month, firstDay, out match))
        {
            return false;
        }

        if (MakeDay(secondAt, next, year, month, secondDay, out var second))
        {
            _pending = second;
        }

        return true;
    }

    // "19–23", "19 to 23", "19-23, 2026": the second day of a range inside one month.
    private bool TryRangeEnd(int k, int firstDay, out int dayAt, out int day, out int next, out int? year)
    {
        day = 0;
        next = k;
        year = null;
        var dash = At(k);
        if (dash.IsDash || dash.Is(DateKeyword.To) || dash.Is(DateKeyword.Through) || dash.Is(DateKeyword.And))
        {
            dayAt = k + 1;
        }
        else if (dash.HyphenBefore && dash.Shape == DateUnitShape.Number)
        {
            dayAt = k;
        }
        else
        {
            dayAt = k;
            return false;
        }

        if (!IsDayNumber(dayAt, out day) || day <= firstDay || IsMonth(dayAt + 1, out _, out _))
        {
            return false;
        }

        next = dayAt + 1;
        if (TryYearAfter(ref next, out var y))
        {
            year = y;
        }

        return true;
    }

    private bool MakeDay(int first, int next, int? year, int month, int day, out TimexMatch match)
    {
        match = default;
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year ?? 2000, month))
        {
            return false;
        }

        if (year is null && _lastDerivedQuarterYear > 0 && _lastNext == first - 1 && TextOf(At(first - 1)) is "ended" or "ending")
        {
            // "the year-ago quarter, the second quarter ended Oct. 31": a quarter counted back from the one in play
            // closes in the year it was counted back to, not in the year the document date suggests.
            year = _lastDerivedQuarterYear;
        }

        if (year is { } known)
        {
            match = new TimexMatch(first, next, TimexType.Date, TimexValues.Day(new DateOnly(known, month, day)));
            return true;
        }

        if (_dct is not { } dct)
        {
            match = new TimexMatch(first, next, TimexType.Date, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"XXXX-{month:D2}-{day:D2}"), Anchored: false);
            return true;
        }

        // A day without a year lies on the side of the document date the tense points to, if within ten months;
        // otherwise it is the one nearest the document date.
        var forward = Forward(first, next);
        DateOnly? best = null;
        var bestDistance = int.MaxValue;
        for (var y = dct.Year - 1; y <= dct.Year + 1; y++)
        {
            if (day > DateTime.DaysInMonth(y, month))
            {
                continue;
            }

            var candidate = new DateOnly(y, month, day);
            var signed = candidate.DayNumber - dct.DayNumber;
            var distance = Math.Abs(signed);
            if ((forward ? signed >= 0 : signed <= 0) && distance <= 300)
            {
                distance -= 1000;
            }

            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        if (best is null)
        {
            return false;
        }

        match = new TimexMatch(first, next, TimexType.Date, TimexValues.Day(best.Value));
        return true;
    }

    // 2014 · fiscal 1989 · the year 2000
    private bool TryYear(int i, out TimexMatch match)
    {
        match = default;
        var j = i;
        var context = false;
        if (At(j).Is(DateKeyword.Fiscal))
        {
            j++;
            context = true;
        }
        else if (At(j).Is(DateKeyword.The) && IsUnit(j + 1, TimeUnit.Year, plural: false))
        {
            j += 2;
            context = true;
        }

        if (!IsYear(j, out var year))
        {
            if (IsSpelledYear(j, out year, out var spelledEnd)
                && (context || At(i - 1).Is(DateKeyword.In) || At(i - 1).Is(DateKeyword.Since) || At(spelledEnd).Shape == DateUnitShape.Punct))
            {
                match = new TimexMatch(i, spelledEnd, TimexType.Date, TimexValues.Year(year));
                return true;
            }

            return false;
        }

        var before = At(i - 1);
        var after = At(j + 1);
        if (IsCodeLike(j))
        {
            return false;
        }

        context |= before.Is(DateKeyword.In) || before.Is(DateKeyword.Since) || before.Is(DateKeyword.Of) || before.Is(DateKeyword.From)
            || before.Is(DateKeyword.Until) || before.Is(DateKeyword.Before) || before.Is(DateKeyword.After) || before.Is(DateKeyword.Through)
            || before.Is(DateKeyword.Between) || before.Is(DateKeyword.To) || before.IsDash || after.IsDash;
        if (!context && (year < 1800 || before.Shape == DateUnitShape.Punct && before.Punct is '$' or '£' or '€' or '#' or '¥'
            || after.IsPunct('%') || after.Word.Kind == DateWordKind.Unit || LooksLikeCountedNoun(after)))
        {
            return false;
        }

        match = new TimexMatch(i, j + 1, TimexType.Date, TimexValues.Year(year));
        return true;
    }

    // "nineteen ninety-six", "nineteen eighty", "two thousand": years read aloud (broadcast transcripts).
    private bool IsSpelledYear(int k, out int year, out int next)
    {
        year = 0;
        next = k;
        var century = At(k).Word;
        if (century.Kind != DateWordKind.Cardinal)
        {
            return false;
        }

        if (century.Value == 2 && At(k + 1).Word is { Kind: DateWordKind.Cardinal, Value: 1000 })
        {
            year = 2000;
            next = k + 2;
            return true;
        }

        var rest = At(k + 1).Word;
        if (century.Value is < 10 or > 20 || rest.Kind != DateWordKind.Cardinal || rest.Value is < 10 or > 90)
        {
            return false;
        }

        year = (century.Value * 100) + rest.Value;
        next = k + 2;
        if (rest.Value % 10 == 0 && rest.Value >= 20 && At(k + 2).Word is { Kind: DateWordKind.Cardinal, Value: >= 1 and <= 9 } ones)
        {
            year += ones.Value;
            next = k + 3;
        }

        return true;
    }

    private int SpelledYearEnd(int k) => IsSpelledYear(k, out _, out var next) ? next : k + 1;

    // "2026-13-01", "1990-4": digits glued on by a hyphen make a code, unless they close a year range ("2014-16", "2014-2016").
    private bool IsCodeLike(int j)
    {
        var k = j + 1;
        var next = At(k);
        if (next.IsDash && next.Start == At(j).End)
        {
            next = At(++k);
        }
        else if (!(next.HyphenBefore && next.Start == At(j).End + 1))
        {
            return false;
        }

        if (next.Shape != DateUnitShape.Number || (next.Start != At(k - 1).End && !next.HyphenBefore))
        {
            return false;
        }

        var year = At(j).Number;
        var closesRange = (next.Digits == 4 && next.Number > year && next.Number - year < 100)
            || (next.Digits == 2 && next.Number > year % 100);
        return !closesRange || At(k + 1).IsDash || At(k + 1).HyphenBefore;
    }

    // "1990 troops": a plural noun right after a four-digit number makes it a count, not a year.
    private bool LooksLikeCountedNoun(DateUnit next)
    {
        if (next.Shape != DateUnitShape.Word || next.Word.Kind != DateWordKind.None || next.Capitalized)
        {
            return false;
        }

        var word = TextOf(next);
        return word.Length > 3 && word[^1] == 's' && word[^2] != 's' && word[^2] != 'u' && word[^2] != 'i';
    }

    // the 1990s · '90s · the 20th century · the twentieth century
    private bool TryDecade(int i, out TimexMatch match)
    {
        match = default;
        var j = At(i).Is(DateKeyword.The) ? i + 1 : i;
        if (At(j).Shape == DateUnitShape.Punct && At(j).Punct is '\'' or '\u2019' && At(j + 1) is { Shape: DateUnitShape.Decade, Digits: 2 })
        {
            j++;
        }

        if (At(j).Word.Kind == DateWordKind.Decade && j > i)
        {
            // "the nineties": the decade of the last century, the usual reading in news.
            match = new TimexMatch(i, j + 1, TimexType.Date, TimexValues.Decade(1900 + At(j).Word.Value));
            return true;
        }

        if (At(j).Shape == DateUnitShape.Decade)
        {
            match = new TimexMatch(i, j + 1, TimexType.Date, TimexValues.Decade(At(j).Number));
            return true;
        }

        var ordinal = At(j);
        var n = ordinal.Shape == DateUnitShape.Ordinal ? ordinal.Number : ordinal.Word.Kind == DateWordKind.Ordinal ? ordinal.Word.Value : 0;
        if (n is >= 1 and <= 22 && IsUnit(j + 1, TimeUnit.Century, plural: false))
        {
            match = new TimexMatch(i, j + 2, TimexType.Date, TimexValues.Century(n - 1));
            return true;
        }

        return false;
    }

    // the third quarter · third-quarter · the fiscal first quarter · the second half of 2025 · this year's third quarter ·
    // the quarter · the latest quarter · the year-earlier quarter
    private bool TryQuarter(int i, out TimexMatch match)
    {
        match = default;
        var j = At(i).Is(DateKeyword.The) ? i + 1 : i;
        int? year = null;
        if (j > i && IsComparison(At(j)))
        {
            if (TryComparablePeriod(i, j + 1, out match))
            {
                return true;
            }

            if (IsUnit(j + 1, TimeUnit.Year, false) && (At(j + 2).Is(DateKeyword.Earlier) || At(j + 2).Is(DateKeyword.Ago)) && At(j + 2).HyphenBefore)
            {
                // "the comparable year-ago quarter": the adjective belongs to the expression.
                j++;
            }
        }

        if ((At(j).Is(DateKeyword.This) || At(j).Is(DateKeyword.Last) || At(j).Is(DateKeyword.Next)) && IsUnit(j + 1, TimeUnit.Year, false) && IsPossessive(j + 2) && _dct is { } dct)
        {
            year = dct.Year + (At(j).Is(DateKeyword.Last) ? -1 : At(j).Is(DateKeyword.Next) ? 1 : 0);
            j += 3;
        }
        else if (IsYear(j, out var possessiveYear) && IsPossessive(j + 1))
        {
            year = possessiveYear;
            j += 2;
        }
        else if (j > i && IsYear(j, out var attributiveYear))
        {
            // "the 1988 third quarter"; "the 1988 quarter" and "the 1989 period" mean the quarter under discussion.
            year = attributiveYear;
            j++;
            var period = TextOf(At(j)).Equals("period", StringComparison.OrdinalIgnoreCase);
            if ((IsUnit(j, TimeUnit.Quarter, false) || period) && _quarter > 0)
            {
                // "the 1988 period" after "the first nine months" is that run of months, a part of 1988.
                var periodValue = period && _runReported is not null ? TimexValues.Year(attributiveYear) : TimexValues.Quarter(attributiveYear, _quarter);
                match = new TimexMatch(i, j + 1, TimexType.Date, periodValue, Derived: true);
                return true;
            }
        }

        if (At(j).Is(DateKeyword.Fiscal))
        {
            j++;
        }

        if (IsUnit(j, TimeUnit.Year, false) && (At(j + 1).Is(DateKeyword.Earlier) || At(j + 1).Is(DateKeyword.Ago)) && At(j + 1).HyphenBefore)
        {
            // "the year-ago third quarter" names its quarter; "the year-earlier quarter" reuses the one in play.
            if (year is null && IsOrdinalQuarter(j + 2) && (_quarter > 0 || _dct is not null))
            {
                year = (_quarter > 0 ? _quarterYear : _dct!.Value.Year) - 1;
                j += 2;
            }
            else
            {
                return TryYearEarlier(i, j + 2, out match);
            }
        }

        var ordinal = At(j);
        var n = ordinal.Shape == DateUnitShape.Ordinal ? ordinal.Number : ordinal.Word.Kind == DateWordKind.Ordinal ? ordinal.Word.Value : 0;
        if (year is null && (n == 1 || ordinal.Is(DateKeyword.Last)) && At(j + 1).Word is { Kind: DateWordKind.Cardinal, Value: 2 }
            && IsUnit(j + 2, TimeUnit.Quarter, true) && At(j + 3).Is(DateKeyword.Of) && IsYear(j + 4, out var halfYear))
        {
            // "the first two quarters of 1990" is the first half of that year.
            match = new TimexMatch(i, j + 5, TimexType.Date, TimexValues.Half(halfYear, n == 1 ? 1 : 2));
            return true;
        }

        var isQuarter = IsUnit(j + 1, TimeUnit.Quarter, false);
        var isHalf = At(j + 1).Is(DateKeyword.Half);
        if (n == 0 && ordinal.Is(DateKeyword.Last) && (isQuarter || isHalf) && At(j + 2).Is(DateKeyword.Of) && IsYear(j + 3, out _))
        {
            // "the last half of 1989", "the last quarter of 2025": the final one of that year.
            n = isQuarter ? 4 : 2;
        }

        if (n == 0 || (!isQuarter && !isHalf) || (isQuarter && n > 4) || (isHalf && n > 2))
        {
            return TryBareQuarter(i, j, year, out match);
        }

        var k = j + 2;
        if (year is null && At(k).Is(DateKeyword.Of) && IsYear(k + 1, out var ofYear))
        {
            year = ofYear;
            k += 2;
        }
        else if (year is null && IsYear(k, out var nextYear))
        {
            year = nextYear;
            k++;
        }

        string value;
        var anchored = true;
        if (year is null && isQuarter && At(i - 1).IsPunct(',') && _lastNext == i - 1 && _lastDerivedQuarterYear > 0)
        {
            // "In the year-ago quarter, the second quarter ended Oct. 31, …": the appositive is the same quarter.
            match = new TimexMatch(i, k, TimexType.Date, TimexValues.Quarter(_lastDerivedQuarterYear, n), Derived: true, Restates: true);
            return true;
        }

        if (year is { } known)
        {
            value = isQuarter ? TimexValues.Quarter(known, n) : TimexValues.Half(known, n);
        }
        else if (_dct is { } anchor)
        {
            var firstMonth = isQuarter ? ((n - 1) * 3) + 1 : ((n - 1) * 6) + 1;
            var lastMonth = firstMonth + (isQuarter ? 2 : 5);
            var resolved = anchor.Year;
            // Results are reported after a period closes, so a quarter that ended lately is still "the" third quarter
            // even in a future-tense sentence; only one long gone points to next year.
            if (Forward(i, k))
            {
                resolved += lastMonth < anchor.Month - 3 ? 1 : 0;
            }
            else
            {
                resolved -= firstMonth > anchor.Month ? 1 : 0;
            }

            value = isQuarter ? TimexValues.Quarter(resolved, n) : TimexValues.Half(resolved, n);
        }
        else
        {
            value = (isQuarter ? "XXXX-Q" : "XXXX-H") + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            anchored = false;
        }

        match = new TimexMatch(i, k, TimexType.Date, value, Anchored: anchored);
        return true;
    }

    // "the quarter", "the latest quarter", "the most recent quarter": the quarter last talked about, else the last one closed.
    private bool TryBareQuarter(int i, int j, int? year, out TimexMatch match)
    {
        match = default;
        if (year is { } owner && j > i && IsUnit(j, TimeUnit.Quarter, false) && _quarter > 0)
        {
            // "last year's quarter", "2025's quarter": the quarter under discussion, in that year.
            match = new TimexMatch(i, j + 1, TimexType.Date, TimexValues.Quarter(owner, _quarter), Derived: true);
            return true;
        }

        if (!At(i).Is(DateKeyword.The))
        {
            return false;
        }

        var latest = false;
        if (At(j).Is(DateKeyword.Latest) || At(j).Is(DateKeyword.Recent))
        {
            latest = true;
            j++;
        }
        else if (At(j).Is(DateKeyword.Most) && At(j + 1).Is(DateKeyword.Recent))
        {
            latest = true;
            j += 2;
        }

        var isPeriod = latest && _quarter > 0 && TextOf(At(j)).Equals("period", StringComparison.OrdinalIgnoreCase);
        if ((!IsUnit(j, TimeUnit.Quarter, false) && !isPeriod) || At(j + 1).Is(DateKeyword.Of))
        {
            return false;
        }

        if (isPeriod)
        {
            // "the latest period" in results reporting is the quarter being reported.
            match = new TimexMatch(i, j + 1, TimexType.Date, TimexValues.Quarter(_quarterYear, _quarter), Derived: true);
            return true;
        }

        if (!latest && _quarter == 0 && TryQuarterEnded(i, j, out match))
        {
            return true;
        }

        if (!latest && (_quarter > 0 || _dct is not null) && At(j + 1).Is(DateKeyword.A) && IsUnit(j + 2, TimeUnit.Year, false)
            && (At(j + 3).Is(DateKeyword.Ago) || At(j + 3).Is(DateKeyword.Earlier)))
        {
            // "the quarter a year ago": the quarter under discussion (else the last closed one), a year back.
            match = new TimexMatch(i, j + 4, TimexType.Date, LastQuarterValue(1, closedOnly: false, out _), Derived: true);
            return true;
        }

        match = new TimexMatch(i, j + 1, TimexType.Date, LastQuarterValue(0, latest, out var anchored), Anchored: anchored);
        return true;
    }

    // "the quarter ended Sept. 30", "the quarter ending in June": the three months up to that month end, named by the
    // calendar quarter holding their middle month (a fiscal quarter ended July 31 is mostly the second quarter).
    // The extent stays "the quarter"; the closing date is a timex of its own. A quarter already in play (often a
    // fiscal one: "the fiscal first quarter ... the quarter ended Sept. 30") wins over this calendar reading.
    private bool TryQuarterEnded(int i, int j, out TimexMatch match)
    {
        match = default;
        var k = j + 1;
        var verb = TextOf(At(k));
        if (!verb.Equals("ended", StringComparison.OrdinalIgnoreCase) && !verb.Equals("ending", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        k++;
        if (At(k).Is(DateKeyword.In))
        {
            k++;
        }

        if (!IsMonth(k, out var month, out _))
        {
            return false;
        }

        int endYear;
        if (IsDayNumber(k + 1, out _) && IsYear(k + 2, out var given))
        {
            endYear = given;
        }
        else if (IsYear(k + 1, out given) || (At(k + 1).IsPunct(',') && IsYear(k + 2, out given)))
        {
            endYear = given;
        }
        else if (_dct is { } dct)
        {
            // Results are reported after the quarter closes: the latest such month end on or before the document date.
            endYear = month > dct.Month ? dct.Year - 1 : dct.Year;
        }
        else
        {
            return false;
        }

        var middle = month == 1 ? 12 : month - 1;
        var year = month == 1 ? endYear - 1 : endYear;
        match = new TimexMatch(i, j + 1, TimexType.Date, TimexValues.Quarter(year, TimexValues.QuarterOf(middle)));
        return true;
    }

    private bool IsOrdinalQuarter(int k)
    {
        var ordinal = At(k);
        var n = ordinal.Shape == DateUnitShape.Ordinal ? ordinal.Number : ordinal.Word.Kind == DateWordKind.Ordinal ? ordinal.Word.Value : 0;
        return n is >= 1 and <= 4 && IsUnit(k + 1, TimeUnit.Quarter, false);
    }

    private bool IsComparison(DateUnit unit)
        => TextOf(unit) is "corresponding" or "comparable" or "same" or "Corresponding" or "Comparable" or "Same";

    // "the corresponding period last year", "the same quarter a year ago": the quarter in play, a year back.
    private bool TryComparablePeriod(int i, int k, out TimexMatch match)
    {
        match = default;
        if (_quarter == 0 || !(IsUnit(k, TimeUnit.Quarter, false) || TextOf(At(k)).Equals("period", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        int next;
        if (At(k + 1).Is(DateKeyword.Last) && IsUnit(k + 2, TimeUnit.Year, false))
        {
            next = k + 3;
        }
        else if ((At(k + 1).Is(DateKeyword.A) || TextOf(At(k + 1)) is "one") && IsUnit(k + 2, TimeUnit.Year, false)
            && (At(k + 3).Is(DateKeyword.Ago) || At(k + 3).Is(DateKeyword.Earlier)))
        {
            next = k + 4;
        }
        else
        {
            return false;
        }

        match = new TimexMatch(i, next, TimexType.Date, TimexValues.Quarter(_quarterYear - 1, _quarter), Derived: true);
        return true;
    }

    // "the year-earlier quarter", "year-ago period", "year-earlier": the same quarter a year before, when one is in play.
    // "the year-earlier nine months" is that many months, a length of time.
    private bool TryYearEarlier(int i, int k, out TimexMatch match)
    {
        if (TryCount(k, true, out var months, out var vague, out _, out var unitAt) && !vague && months > 1
            && months == decimal.Truncate(months) && IsUnit(unitAt, TimeUnit.Month, true))
        {
            match = new TimexMatch(i, unitAt + 1, TimexType.Duration, TimexValues.Duration(months, TimeUnit.Month));
            return true;
        }

        var word = TextOf(At(k));
        if (_quarter > 0 && _runReported is { } run && run[^1] == 'M' && word.Equals("period", StringComparison.OrdinalIgnoreCase))
        {
            // "For the nine months … In the year-earlier period": the same run of months, a year back.
            match = new TimexMatch(i, k + 1, TimexType.Duration, run);
            return true;
        }

        if (IsUnit(k, TimeUnit.Quarter, false) || word.Equals("period", StringComparison.OrdinalIgnoreCase))
        {
            k++;
        }

        var value = _quarter > 0 && _runReported is not null ? TimexValues.Year(_quarterYear - 1)
            : _quarter > 0 ? TimexValues.Quarter(_quarterYear - 1, _quarter)
            : _dct is { } dct ? TimexValues.Year(dct.Year - 1) : "XXXX";
        match = new TimexMatch(i, k, TimexType.Date, value, Anchored: _quarter > 0 || _dct is not null, Derived: true);
        return true;
    }

    private string LastQuarterValue(int yearsBack, bool closedOnly, out bool anchored)
    {
        anchored = true;
        if (_quarter > 0 && !closedOnly)
        {
            return TimexValues.Quarter(_quarterYear - yearsBack, _quarter);
        }

        if (_dct is not { } dct)
        {
            anchored = false;
            return "XXXX-QX";
        }

        var closed = dct.AddMonths(-3);
        return TimexValues.Quarter(closed.Year - yearsBack, TimexValues.QuarterOf(closed.Month));
    }

    // summer 2024 · this summer · last fall · the summer of 2024 · in the spring
    private bool TrySeason(int i, out TimexMatch match)
    {
        match = default;
        var j = i;
        var the = At(j).Is(DateKeyword.The);
        if (the)
        {
            j++;
        }

        var shift = 0;
        var deictic = false;
        if (At(j).Is(DateKeyword.This) || At(j).Is(DateKeyword.Last) || At(j).Is(DateKeyword.Next) || At(j).Is(DateKeyword.Past) || At(j).Is(DateKeyword.Coming))
        {
            shift = At(j).Is(DateKeyword.Last) || At(j).Is(DateKeyword.Past) ? -1 : At(j).Is(DateKeyword.This) ? 0 : 1;
            deictic = true;
            j++;
        }

        if (At(j).Word.Kind != DateWordKind.Season)
        {
            return false;
        }

        var season = At(j).Word.Value;
        var k = j + 1;
        int? year = null;
        if (At(k).Is(DateKeyword.Of) && IsYear(k + 1, out var ofYear))
        {
            year = ofYear;
            k += 2;
        }
        else if (At(k).Is(DateKeyword.Of) && IsSpelledYear(k + 1, out ofYear, out var spelledNext))
        {
            year = ofYear;
            k = spelledNext;
        }
        else if (IsYear(k, out var nextYear))
        {
            year = nextYear;
            k++;
        }

        if (year is null && !deictic)
        {
            // "fall" and "spring" are also verbs and nouns: a bare season needs a preposition or article before it.
            var before = At(i - 1);
            var introduced = the || before.Is(DateKeyword.In) || before.Is(DateKeyword.During) || before.Is(DateKeyword.Until)
                || before.Is(DateKeyword.Since) || before.Is(DateKeyword.Before) || before.Is(DateKeyword.After) || before.Is(DateKeyword.Through)
                || before.Is(DateKeyword.Early) || before.Is(DateKeyword.Late) || before.Is(DateKeyword.Mid) || before.Is(DateKeyword.Over);
            if (!introduced || At(k).Is(DateKeyword.Of))
            {
                return false;
            }
        }

        if (year is { } known)
        {
            match = new TimexMatch(i, k, TimexType.Date, TimexValues.Season(known, season));
            return true;
        }

        if (_dct is not { } dct)
        {
            match = new TimexMatch(i, k, TimexType.Date, "XXXX-" + DateLexicon.SeasonCodes[season], Anchored: false);
            return true;
        }

        // Seasons start in March, June, September and December; a season "is past" once its last month is over.
        var firstMonth = season * 3;
        var lastMonth = firstMonth + 2;
        var resolved = dct.Year;
        var inSeason = season == 4 ? dct.Month is 12 or 1 or 2 : dct.Month >= firstMonth && dct.Month <= lastMonth;
        if (season == 4 && dct.Month <= 2)
        {
            resolved--;
        }

        if (!deictic)
        {
            shift = Forward(i, k) ? 1 : -1;
            if (inSeason)
            {
                shift = 0;
            }
        }

        if (shift < 0 && !inSeason && (season == 4 ? dct.Month is >= 3 and < 12 : dct.Month > lastMonth))
        {
            shift = 0;
        }
        else if (shift > 0 && !inSeason && (season == 4 ? dct.Month is >= 3 and < 12 : dct.Month < firstMonth))
        {
            shift = 0;
        }

        match = new TimexMatch(i, k, TimexType.Date, TimexValues.Season(resolved + shift, season));
        return true;
    }

    // Christmas (Day/Eve), Thanksgiving (Day), Halloween
    private bool TryHoliday(int i, out TimexMatch match)
    {
        match = default;
        var unit = At(i);
        if (unit.Word.Kind != DateWordKind.Holiday || !unit.Capitalized)
        {
            return false;
        }

        var k = i + 1;
        var eve = false;
        var follower = TextOf(At(k));
        if (follower.Equals("Day", StringComparison.Ordinal))
        {
            k++;
        }
        else if (follower.Equals("Eve", StringComparison.Ordinal))
        {
            eve = true;
            k++;
        }

        int? year = IsYear(k, out var y) ? y : null;
        if (year is not null)
        {
            k++;
        }

        if ((year ?? _dct?.Year) is not { } resolvedYear)
        {
            return false;
        }

        var date = Holiday(unit.Word.Value, resolvedYear, eve);
        if (year is null && _dct is { } dct)
        {
            var forward = Forward(i, k);
            if (forward && date < dct)
            {
                date = Holiday(unit.Word.Value, resolvedYear + 1, eve);
            }
            else if (!forward && date > dct)
            {
                date = Holiday(unit.Word.Value, resolvedYear - 1, eve);
            }
        }

        match = new TimexMatch(i, k, TimexType.Date, TimexValues.Day(date));
        return true;
    }

    private static DateOnly Holiday(int code, int year, bool eve)
    {
        var date = code == 0 ? FourthThursdayOfNovember(year) : new DateOnly(year, code / 100, code % 100);
        return eve ? date.AddDays(-1) : date;
    }

    private static DateOnly FourthThursdayOfNovember(int year)
    {
        var first = new DateOnly(year, 11, 1);
        var offset = ((int)DayOfWeek.Thursday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(offset + 21);
    }
}
