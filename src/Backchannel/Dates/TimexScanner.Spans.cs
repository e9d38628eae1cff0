namespace Backchannel.Dates;

/// <summary>Durations ("two years", "the past three months"), points counted from now ("a year ago"), sets and clock times.</summary>
internal sealed partial class TimexScanner
{
    // [the] [past|last|next|first|coming …] (N|a|several|a few) unit [ago|earlier|later|from now]
    private bool TryDuration(int i, out TimexMatch match)
    {
        match = default;
        var j = i;
        var the = At(j).Is(DateKeyword.The);
        if (the)
        {
            j++;
        }

        var lead = At(j);
        var hasLead = lead.Is(DateKeyword.Past) || lead.Is(DateKeyword.Last) || lead.Is(DateKeyword.Next) || lead.Is(DateKeyword.Coming)
            || lead.Is(DateKeyword.Previous) || lead.Is(DateKeyword.Following) || lead.Is(DateKeyword.Latest) || lead.Is(DateKeyword.Recent)
            || lead.Is(DateKeyword.Full) || lead.Is(DateKeyword.Whole) || lead.Is(DateKeyword.Entire)
            || lead.Word is { Kind: DateWordKind.Ordinal, Value: 1, Unit: TimeUnit.None };
        if (hasLead)
        {
            j++;
        }

        if (!TryCount(j, the || hasLead, out var value, out var vague, out var article, out j))
        {
            value = 0;
            vague = true;
        }

        var counted = !vague || article || j > i + (the ? 1 : 0) + (hasLead ? 1 : 0);
        if (counted && At(j).IsDash && At(j).Start == At(j - 1).End && At(j + 1).Start == At(j).End)
        {
            // "30-year", "16-hour" when the tokenizer keeps the hyphen apart from the digits.
            j++;
        }
        var unitWord = At(j).Word;
        var unit = unitWord.Kind == DateWordKind.Unit ? unitWord.Unit
            : unitWord.Unit == TimeUnit.Second && counted && !vague ? TimeUnit.Second : TimeUnit.None;
        if (unit == TimeUnit.None || (article && unit is TimeUnit.Quarter or TimeUnit.Half))
        {
            return false;
        }

        var plural = unitWord.Plural;
        var unitPiece = At(j);
        if (TextOf(At(j + 1)) is "old" && At(j + 1).HyphenBefore)
        {
            // "six-year-old" is an age, not a span of time anyone reports on.
            return false;
        }

        if (unit == TimeUnit.Quarter && plural && unitPiece.HyphenBefore)
        {
            // "three-quarters" is a fraction.
            return false;
        }

        var countUnit = At(j - 1);
        if (countUnit is { Shape: DateUnitShape.Number, Digits: 4 } && countUnit.End - countUnit.Start == 4 && !plural)
        {
            // "the 1988 second quarter", "the 1989 quarter": a year, not a count.
            return false;
        }

        j++;
        if (!counted)
        {
            var before = At(i - 1);
            var introduced = hasLead || before.Is(DateKeyword.For) || before.Is(DateKeyword.Over) || before.Is(DateKeyword.Within)
                || before.Is(DateKeyword.In) || before.Is(DateKeyword.After) || before.Is(DateKeyword.Than);
            if (!plural || !introduced || (the && !hasLead))
            {
                return false;
            }
        }

        if (!vague && At(j).Is(DateKeyword.And) && At(j + 1).Is(DateKeyword.A) && At(j + 2).Is(DateKeyword.Half))
        {
            value += 0.5m;
            j += 3;
        }

        // "a week or so ago": the approximation sits between the count and "ago".
        var roughly = !the && !hasLead && counted && At(j).Is(DateKeyword.Or) && TextOf(At(j + 1)).Equals("so", StringComparison.OrdinalIgnoreCase)
            && (At(j + 2).Is(DateKeyword.Ago) || At(j + 2).Is(DateKeyword.Earlier));
        if (!the && !hasLead && counted && TryCountedPoint(i, roughly ? j + 2 : j, unit, value, vague, out match))
        {
            match = roughly ? match with { Mod = match.Mod ?? "APPROX" } : match;
            return true;
        }

        if (!the && !hasLead && !vague && value == 1 && unit == TimeUnit.Day && !plural && TextOf(At(i)).Equals("one", StringComparison.OrdinalIgnoreCase)
            && IsModal(At(i - 1)))
        {
            // "Islam will one day be …": "one day" after a modal is an unspecified future time, not a length.
            match = new TimexMatch(i, j, TimexType.Date, TimexValues.FutureRef);
            return true;
        }

        if (!the && !hasLead && !vague && value == decimal.Truncate(value) && unit is TimeUnit.Day or TimeUnit.Week or TimeUnit.Month or TimeUnit.Year
            && At(i - 1).Is(DateKeyword.In) && _dct is { } inDct && Forward(i, j))
        {
            // "would be redeemed in five years": "in" + a count in a forward-looking clause is the point that far ahead.
            match = new TimexMatch(i, j, TimexType.Date, TimexValues.Shift(inDct, unit, (int)value));
            return true;
        }

        if (article && !the && (IsRateContext(At(i - 1)) || IsCountedThings(i - 1)))
        {
            match = new TimexMatch(i, j, TimexType.Set, TimexValues.Duration(1, unit));
            return true;
        }

        // "the 30-year bond": an adjectival span does not take the article with it.
        var adjectival = unitPiece.HyphenBefore || At(j - 2).IsDash;
        var first = the && !hasLead && adjectival ? i + 1 : i;
        match = new TimexMatch(first, j, TimexType.Duration, vague ? TimexValues.VagueDuration(unit) : TimexValues.Duration(value, unit));
        return true;
    }

    private bool IsModal(DateUnit unit)
        => TextOf(unit) is "will" or "would" or "could" or "may" or "might" or "can" or "shall" or "should" or "'ll";

    // How many sentences back a named quarter still sets the granularity of "a year ago".
    private const int QuarterWindow = 5;

    private bool TryCount(int j, bool determined, out decimal value, out bool vague, out bool article, out int next)
    {
        vague = false;
        article = false;
        next = j;
        value = 0;
        var word = At(j);
        if (word.Is(DateKeyword.Half) && (At(j + 1).Is(DateKeyword.A) || At(j + 1).Is(DateKeyword.An)))
        {
            value = 0.5m;
            next = j + 2;
            return true;
        }

        if ((word.Is(DateKeyword.A) || word.Is(DateKeyword.An)) && At(j + 1).Is(DateKeyword.Half))
        {
            value = 0.5m;
            next = j + 2;
            return true;
        }

        if (WordNumbers.TryRead(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_units), _text, j, out value, out next))
        {
            if (At(next).Shape == DateUnitShape.Fraction && value == decimal.Truncate(value)
                && WordNumbers.TryRead(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_units), _text, next, out var fraction, out var afterFraction) && fraction < 1)
            {
                value += fraction;
                next = afterFraction;
            }

            return true;
        }

        if ((word.Is(DateKeyword.A) || word.Is(DateKeyword.An)) && !determined)
        {
            if (At(j + 1).Is(DateKeyword.Few))
            {
                vague = true;
                next = j + 2;
                return true;
            }

            if (At(j + 1).Is(DateKeyword.Couple))
            {
                value = 2;
                next = At(j + 2).Is(DateKeyword.Of) ? j + 3 : j + 2;
                return true;
            }

            value = 1;
            article = true;
            next = j + 1;
            return true;
        }

        if (word.Is(DateKeyword.Several) || word.Is(DateKeyword.Few) || word.Is(DateKeyword.Many) || word.Is(DateKeyword.Some))
        {
            vague = true;
            next = j + 1;
            return true;
        }

        return false;
    }

    // "a year ago", "two days earlier", "three weeks later", "five years from now"
    private bool TryCountedPoint(int i, int j, TimeUnit unit, decimal value, bool vague, out TimexMatch match)
    {
        match = default;
        var after = At(j);
        int direction;
        bool fromReference;
        var next = j + 1;
        if (after.Is(DateKeyword.Ago))
        {
            direction = -1;
            fromReference = false;
        }
        else if (after.Is(DateKeyword.Earlier))
        {
            direction = -1;
            fromReference = true;
        }
        else if (after.Is(DateKeyword.Later))
        {
            // TimeML keeps "later" out as a signal: "three days later" is the DURATION "three days". Spelled-out
            // rates and vague counts behave the same, so there is nothing to resolve here.
            return false;
        }
        else if (after.Is(DateKeyword.From) && At(j + 1).Is(DateKeyword.Now))
        {
            direction = 1;
            fromReference = false;
            next = j + 2;
        }
        else if (after.Is(DateKeyword.Hence))
        {
            direction = 1;
            fromReference = false;
        }
        else
        {
            return false;
        }

        if (unit is TimeUnit.Second or TimeUnit.Minute or TimeUnit.Hour)
        {
            return false;
        }

        if (vague || value != decimal.Truncate(value))
        {
            match = new TimexMatch(i, next, TimexType.Date, direction < 0 ? TimexValues.PastRef : TimexValues.FutureRef);
            return true;
        }

        var count = (int)value * direction;
        if (_dct is not { } dct)
        {
            match = new TimexMatch(i, next, TimexType.Date, TimexValues.Unknown(unit), Anchored: false);
            return true;
        }

        // In results reporting "a year ago" compares like with like: the quarter under discussion, a year back
        // (after "for the nine months" the comparison is with that run of months, so the year is the closest value).
        if (unit == TimeUnit.Year && _quarter > 0 && _runReported is null && At(i).Sentence - _quarterSentence <= QuarterWindow)
        {
            match = new TimexMatch(i, next, TimexType.Date, TimexValues.Quarter(_quarterYear + count, _quarter), Derived: true);
            return true;
        }

        // "two days later" continues a narrative from the day last named; "a year earlier" in reporting compares
        // with the period being reported, i.e. counts from the document date unless a day was just named.
        var anchor = fromReference && (unit < TimeUnit.Year || _refPrecision is TimeUnit.Day or TimeUnit.Month) ? ReferenceFor(unit) : dct;
        match = new TimexMatch(i, next, TimexType.Date, TimexValues.Shift(anchor, unit, count));
        return true;
    }

    // "$5 a year", "20% a year", "twice a year": the article phrase names a rate.
    private bool IsRateContext(DateUnit before)
        => before.Shape is DateUnitShape.Number or DateUnitShape.Fraction
           || (before.Shape == DateUnitShape.Punct && before.Punct == '%')
           || TextOf(before) is "times" or "twice" or "once" or "percent" or "million" or "billion" or "trillion";

    // "fifty thousand CDs a year", "hundreds of interviews a day": a counted plural noun before "a <unit>" is a rate.
    private bool IsCountedThings(int k)
    {
        var noun = At(k);
        var word = TextOf(noun);
        if (noun.Shape != DateUnitShape.Word || noun.Word.Kind != DateWordKind.None || word.Length < 4 || word[^1] != 's' || word.EndsWith("ss", StringComparison.Ordinal))
        {
            return false;
        }

        for (var back = k - 1; back >= k - 2; back--)
        {
            var count = At(back);
            if (count.Shape == DateUnitShape.Number || count.Word.Kind == DateWordKind.Cardinal
                || TextOf(count) is "hundreds" or "thousands" or "dozens" or "millions")
            {
                return true;
            }
        }

        return false;
    }

    // every year · each Monday · every other week · per day · daily
    private bool TrySet(int i, out TimexMatch match)
    {
        match = default;
        var word = At(i);
        var following = At(i + 1);
        if (word.Word.Kind == DateWordKind.Frequency
            && !(following.Shape == DateUnitShape.Word && following.Word.Kind == DateWordKind.None && !following.Capitalized))
        {
            // "weekly" and "paid quarterly" recur; "a quarterly dividend" and "daily life" are just adjectives.
            match = new TimexMatch(i, i + 1, TimexType.Set, TimexValues.Duration(1, word.Word.Unit));
            return true;
        }

        if (word.Is(DateKeyword.Per) && At(i + 1).Word is { Kind: DateWordKind.Unit, Plural: false } perUnit)
        {
            match = new TimexMatch(i, i + 2, TimexType.Set, TimexValues.Duration(1, perUnit.Unit));
            return true;
        }

        if (!word.Is(DateKeyword.Every) && !word.Is(DateKeyword.Each))
        {
            return false;
        }

        var j = i + 1;
        var step = 1m;
        if (At(j).Is(DateKeyword.Other))
        {
            step = 2;
            j++;
        }
        else if (WordNumbers.TryRead(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_units), _text, j, out var count, out var afterCount))
        {
            step = count;
            j = afterCount;
        }

        var target = At(j);
        var value = target.Word.Kind switch
        {
            DateWordKind.Unit => TimexValues.Duration(step, target.Word.Unit),
            DateWordKind.Weekday when target.Capitalized => "XXXX-WXX-" + target.Word.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
            DateWordKind.Month when target.Capitalized => "XXXX-" + target.Word.Value.ToString("D2", System.Globalization.CultureInfo.InvariantCulture),
            DateWordKind.PartOfDay => "XXXX-XX-XXT" + DateLexicon.PartOfDayCodes[target.Word.Value],
            DateWordKind.Season => "XXXX-" + DateLexicon.SeasonCodes[target.Word.Value],
            _ => null,
        };
        if (value is null)
        {
            return false;
        }

        match = new TimexMatch(i, j + 1, TimexType.Set, value);
        return true;
    }

    // 3 p.m. · 15:30 GMT · 10:35 a.m. · noon · midnight · 10 p.m. Wednesday · 5 p.m. EST, Nov. 6
    private bool TryTime(int i, out TimexMatch match)
    {
        match = default;
        var j = i;
        var unit = At(j);
        int minutes;
        if (unit.Shape == DateUnitShape.Clock)
        {
            minutes = unit.Number;
            j++;
            if (unit.Word.Kind != DateWordKind.Meridiem && At(j).Word is { Kind: DateWordKind.Meridiem } meridiem)
            {
                var hour = minutes / 60;
                if (hour is < 1 or > 12)
                {
                    return false;
                }

                minutes = (((hour % 12) + meridiem.Value) * 60) + (minutes % 60);
                j++;
            }
        }
        else if (unit.Shape == DateUnitShape.Number && unit.Digits <= 2 && unit.Number is >= 1 and <= 12
            && (At(j + 1).Word.Kind == DateWordKind.Meridiem || At(j + 1).Is(DateKeyword.Oclock)))
        {
            minutes = ((unit.Number % 12) + At(j + 1).Word.Value) * 60;
            if (At(j + 1).Is(DateKeyword.Oclock))
            {
                minutes = unit.Number * 60;
            }

            j += 2;
        }
        else if (unit.Is(DateKeyword.Noon) || unit.Is(DateKeyword.Midnight))
        {
            minutes = unit.Is(DateKeyword.Noon) ? 720 : 1440;
            j++;
        }
        else
        {
            return false;
        }

        if (At(j).Word.Kind == DateWordKind.Zone)
        {
            j++;
        }

        // A bare clock time belongs to the day last talked about ("… on Friday. At 10 p.m. …"), else the document date.
        var anchored = _dct is not null;
        var day = _dct is null ? "XXXX-XX-XX" : TimexValues.Day(ReferenceFor(TimeUnit.Day));
        var k = At(j).IsPunct(',') ? j + 1 : j;
        var shift = At(k).Is(DateKeyword.Today) ? 0 : At(k).Is(DateKeyword.Yesterday) ? -1 : At(k).Is(DateKeyword.Tomorrow) ? 1 : int.MinValue;
        if (shift != int.MinValue)
        {
            day = DayValue(shift, out anchored);
            j = k + 1;
        }
        else if (IsWeekday(k, out _) && TryWeekday(k, out var weekday, directionFrom: i) && weekday.Type == TimexType.Date)
        {
            day = weekday.Value;
            anchored = weekday.Anchored;
            j = weekday.Next;
        }
        else if (IsMonth(k, out _, out _) && TryExplicitDate(k, out var date) && date.Value.Length == 10)
        {
            day = date.Value;
            anchored = date.Anchored;
            j = date.Next;
            _pending = null;
        }

        match = new TimexMatch(i, j, TimexType.Time, day + TimexValues.Clock(minutes), Anchored: anchored);
        return true;
    }
}
