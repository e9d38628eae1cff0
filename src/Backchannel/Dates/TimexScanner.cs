using System.Globalization;
using System.Runtime.InteropServices;
using Backchannel.Text;

namespace Backchannel.Dates;

/// <summary>
/// The TIMEX3 grammar: a left-to-right, longest-match scan over <see cref="DateUnit"/>s. Each pattern family lives in
/// its own part of this class (calendar, relative, spans). One instance per thread; it keeps the discourse state a
/// document needs (the last day and quarter mentioned) and reuses its buffers across documents.
/// </summary>
internal sealed partial class TimexScanner
{
    private static readonly DateUnit Empty = new() { Number = -1, Shape = DateUnitShape.Other, Start = -1, End = -1 };

    private readonly List<DateUnit> _units = new(1024);
    private string _text = "";
    private ReadOnlyMemory<Token> _tokens;
    private ReadOnlyMemory<Sentence> _sentences;
    private string?[]? _tags;
    private DateOnly? _dct;
    private DateOnly _refDate;
    private TimeUnit _refPrecision;
    private int _quarterYear;
    private int _quarter;
    private int _quarterSentence;
    // The longer run a results story turned to after its quarter ("for the nine months": P9M; "last year": P1Y), else
    // null; while set, "a year ago" compares with a year, not with the quarter.
    private string? _runReported;
    private TimexMatch? _pending;

    // The unit after the last emitted timex, and the year of its quarter when that quarter was counted back from an
    // earlier mention ("the year-ago quarter"). Appositions and "ended <day>" right after it refer back to it.
    private int _lastNext;
    private int _lastDerivedQuarterYear;

    /// <summary>Finds every temporal expression and appends it to <paramref name="output"/> in text order.</summary>
    public void Scan(string text, ReadOnlyMemory<Token> tokens, ReadOnlyMemory<Sentence> sentences, DateOnly? dct, string?[]? tags, List<Timex> output)
    {
        _text = text;
        _tokens = tokens;
        _sentences = sentences;
        _tags = tags;
        _dct = dct;
        _refPrecision = TimeUnit.None;
        _quarter = 0;
        _runReported = null;
        _lastNext = -1;
        _lastDerivedQuarterYear = 0;
        _pending = null;
        _units.Clear();
        DateUnitBuilder.Build(text, tokens.Span, sentences.Span, _units);

        var lastEnd = 0;
        var i = 0;
        while (i < _units.Count)
        {
            if (!MayStart(i) || !TryMatch(i, out var match))
            {
                i++;
                continue;
            }

            lastEnd = Emit(match, lastEnd, output);
            i = match.Next;
            if (_pending is { } second)
            {
                lastEnd = Emit(second, lastEnd, output);
                i = Math.Max(i, second.Next);
                _pending = null;
            }
        }

        _text = "";
        _tokens = default;
        _sentences = default;
        _tags = null;
    }

    // Cheap gate before the grammar runs: most tokens are plain words, and function words such as "the", "a" or
    // "at" only start a timex when a date word or a number follows.
    private bool MayStart(int i)
    {
        var unit = _units[i];
        switch (unit.Shape)
        {
            case DateUnitShape.Number or DateUnitShape.Clock or DateUnitShape.Decade or DateUnitShape.Ordinal or DateUnitShape.Fraction:
                return true;
            case DateUnitShape.Punct:
                return unit.Punct is '\'' or '\u2019' && At(i + 1).Shape == DateUnitShape.Decade;
            case DateUnitShape.Word when unit.Word.Kind == DateWordKind.None:
                return false;
            case DateUnitShape.Word when unit.Word.Kind != DateWordKind.Keyword:
                return true;
        }

        switch (unit.Word.Keyword)
        {
            case DateKeyword.Now or DateKeyword.Today or DateKeyword.Yesterday or DateKeyword.Tomorrow or DateKeyword.Tonight
                or DateKeyword.Noon or DateKeyword.Midnight or DateKeyword.Recently or DateKeyword.Currently or DateKeyword.Current
                or DateKeyword.Recent or DateKeyword.Nowadays or DateKeyword.Future:
                return true;
            case DateKeyword.Of or DateKeyword.And or DateKeyword.Or or DateKeyword.From or DateKeyword.Between or DateKeyword.Through
                or DateKeyword.Until or DateKeyword.In or DateKeyword.On or DateKeyword.For or DateKeyword.To or DateKeyword.Ago
                or DateKeyword.Before or DateKeyword.After or DateKeyword.Since or DateKeyword.During or DateKeyword.Within
                or DateKeyword.Than or DateKeyword.Least or DateKeyword.Other or DateKeyword.Old or DateKeyword.Long
                or DateKeyword.Hence or DateKeyword.Prior or DateKeyword.Ahead or DateKeyword.Oclock:
                return false;
        }

        var next = At(i + 1);
        return next.Shape != DateUnitShape.Word ? next.Shape != DateUnitShape.Other && (next.Shape != DateUnitShape.Punct || next.Punct is '\'' or '\u2019')
            : next.Word.Kind != DateWordKind.None || (next.Word.Kind == DateWordKind.None && (TextOf(next) is "period" or "days" or "time" || IsComparison(next)));
    }

    private int Emit(TimexMatch match, int lastEnd, List<Timex> output)
    {
        var units = CollectionsMarshal.AsSpan(_units);
        var first = units[match.First];
        var lastIndex = match.Next - 1;

        // Extents cover whole tokens: "two-year-old" and "third-quarter" are one token each.
        while (!units[lastIndex].TokenEnd && lastIndex + 1 < units.Length)
        {
            lastIndex++;
        }

        var start = Math.Max(first.Start, lastEnd);
        var end = units[lastIndex].End;
        if (start >= end)
        {
            return lastEnd;
        }

        if (match.Restates && output.Count > 0)
        {
            output[^1] = output[^1] with { Value = match.Value };
        }

        output.Add(new Timex(start, end, match.Type, match.Value, match.Mod, match.Anchored));
        Remember(match, first.Sentence);
        var value = match.Value;
        _lastNext = match.Next;
        _lastDerivedQuarterYear = match.Derived && match.Type == TimexType.Date && value.Length == 7 && value[5] == 'Q'
            && int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var quarterYear) ? quarterYear : 0;
        return end;
    }

    private void Remember(TimexMatch match, int sentence)
    {
        if (match.Type == TimexType.Duration && _quarter > 0 && At(match.First).Is(DateKeyword.The) && match.Value is "P6M" or "P9M")
        {
            // "For the nine months, net rose …": the story has moved from the quarter to a run of months.
            _runReported = match.Value;
        }

        if (match.Derived || match.Type is not (TimexType.Date or TimexType.Time))
        {
            return;
        }

        var value = match.Value.AsSpan();
        if (value.Length >= 10 && value[4] == '-' && value[7] == '-'
            && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            _refDate = day;
            _refPrecision = TimeUnit.Day;
        }
        else if (value.Length == 7 && value[4] == '-' && char.IsAsciiDigit(value[5])
            && DateOnly.TryParseExact(value, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            _refDate = month;
            _refPrecision = TimeUnit.Month;
        }
        else if (value.Length == 4 && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1)
        {
            _refDate = new DateOnly(year, 1, 1);
            _refPrecision = TimeUnit.Year;
            if (_quarter > 0 && year == _quarterYear - 1)
            {
                // "Last year catastrophe losses totaled …": the comparison has moved to the whole year before.
                _runReported ??= "P1Y";
            }
        }

        if (match.Type == TimexType.Date && value.Length == 7 && value[5] == 'Q' && char.IsAsciiDigit(value[6])
            && int.TryParse(value[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var quarterYear)
            && (_quarter == 0 || !IsAsideQuarter(match)))
        {
            _quarterYear = quarterYear;
            _quarter = value[6] - '0';
            _quarterSentence = sentence;
            _runReported = null;
        }
    }

    // A quarter named with its own year ("the third quarter of 1990") or brought in with "a" ("after a flat second
    // quarter") is a side remark in a results story: the quarter being reported stays in play.
    private bool IsAsideQuarter(TimexMatch match)
    {
        for (var k = match.First; k < match.Next; k++)
        {
            if (At(k) is { Shape: DateUnitShape.Number, Digits: 4 })
            {
                return true;
            }
        }

        return At(match.First - 1).Is(DateKeyword.A) || At(match.First - 2).Is(DateKeyword.A)
            || At(match.First - 1).Is(DateKeyword.An) || At(match.First - 2).Is(DateKeyword.An)
            || Forward(match.First, match.Next);
    }

    private bool TryMatch(int i, out TimexMatch match)
    {

        var j = i;
        var mod = ReadQuantityModifier(ref j);
        if (mod is null)
        {
            return TryCore(i, out match);
        }

        if (TryCore(j, out var inner) && inner.First == j && inner.Type is TimexType.Duration or TimexType.Time or TimexType.Set)
        {
            match = inner with { First = i, Mod = inner.Mod ?? mod };
            return true;
        }

        if (TryCore(j, out inner) && inner.First == j && inner.Type == TimexType.Date && At(inner.Next - 1).Is(DateKeyword.Ago))
        {
            // "nearly four years ago", "more than a decade ago": a point, roughly or before.
            mod = mod switch { "MORE_THAN" or "EQUAL_OR_MORE" => "BEFORE", "LESS_THAN" when !At(i).Is(DateKeyword.Nearly) && !At(i).Is(DateKeyword.Almost) => "AFTER", _ => "APPROX" };
            match = inner with { First = i, Mod = inner.Mod ?? mod };
            return true;
        }

        match = default;
        return false;
    }

    // "more than", "less than", "at least", "up to", "no more than", "about", "nearly" … before a count or a clock.
    private string? ReadQuantityModifier(ref int j)
    {
        var start = j;
        var word = At(j);
        string? mod = null;
        if (word.Is(DateKeyword.Just))
        {
            j++;
            word = At(j);
        }

        if ((word.Is(DateKeyword.More) || word.Is(DateKeyword.Less)) && At(j + 1).Is(DateKeyword.Than))
        {
            mod = word.Is(DateKeyword.More) ? "MORE_THAN" : "LESS_THAN";
            j += 2;
        }
        else if (word.Is(DateKeyword.Over) || word.Is(DateKeyword.Under))
        {
            mod = word.Is(DateKeyword.Over) ? "MORE_THAN" : "LESS_THAN";
            j++;
        }
        else if (word.Is(DateKeyword.At) && (At(j + 1).Is(DateKeyword.Least) || At(j + 1).Is(DateKeyword.Most)))
        {
            mod = At(j + 1).Is(DateKeyword.Least) ? "EQUAL_OR_MORE" : "EQUAL_OR_LESS";
            j += 2;
        }
        else if (word.Is(DateKeyword.Up) && At(j + 1).Is(DateKeyword.To))
        {
            mod = "EQUAL_OR_LESS";
            j += 2;
        }
        else if (word.Is(DateKeyword.No) && (At(j + 1).Is(DateKeyword.More) || At(j + 1).Is(DateKeyword.Less)) && At(j + 2).Is(DateKeyword.Than))
        {
            mod = At(j + 1).Is(DateKeyword.More) ? "EQUAL_OR_LESS" : "EQUAL_OR_MORE";
            j += 3;
        }
        else if (word.Is(DateKeyword.About) || word.Is(DateKeyword.Around) || word.Is(DateKeyword.Approximately) || word.Is(DateKeyword.Roughly))
        {
            mod = "APPROX";
            j++;
        }
        else if (word.Is(DateKeyword.Nearly) || word.Is(DateKeyword.Almost))
        {
            mod = "LESS_THAN";
            j++;
        }

        var next = At(j);
        var startsCount = next.Shape is DateUnitShape.Number or DateUnitShape.Clock or DateUnitShape.Fraction
            || next.Word.Kind == DateWordKind.Cardinal || next.Is(DateKeyword.A) || next.Is(DateKeyword.An)
            || next.Is(DateKeyword.Half) || next.Is(DateKeyword.Noon) || next.Is(DateKeyword.Midnight);
        if (mod is null || !startsCount)
        {
            j = start;
            return null;
        }

        return mod;
    }

    private bool TryCore(int i, out TimexMatch best, bool edges = true)
    {
        best = default;
        var found = false;
        TimexMatch m;
        if (edges)
        {
            Consider(TryEdge(i, out m), m, ref best, ref found);
        }

        Consider(TryExplicitDate(i, out m), m, ref best, ref found);
        Consider(TryYear(i, out m), m, ref best, ref found);
        Consider(TryDecade(i, out m), m, ref best, ref found);
        Consider(TryQuarter(i, out m), m, ref best, ref found);
        Consider(TrySeason(i, out m), m, ref best, ref found);
        Consider(TryHoliday(i, out m), m, ref best, ref found);
        Consider(TryRelativeWord(i, out m), m, ref best, ref found);
        Consider(TryDeictic(i, out m), m, ref best, ref found);
        Consider(TryWeekday(i, out m), m, ref best, ref found);
        Consider(TryTime(i, out m), m, ref best, ref found);
        Consider(TryDuration(i, out m), m, ref best, ref found);
        Consider(TrySet(i, out m), m, ref best, ref found);
        return found;
    }

    private static void Consider(bool matched, TimexMatch candidate, ref TimexMatch best, ref bool found)
    {
        if (matched && (!found || candidate.Next > best.Next || (candidate.Next == best.Next && candidate.First < best.First)))
        {
            best = candidate;
            found = true;
        }
    }

    private DateUnit At(int k) => (uint)k < (uint)_units.Count ? _units[k] : Empty;

    private ReadOnlySpan<char> TextOf(DateUnit unit) => unit.Start < 0 ? default : _text.AsSpan(unit.Start, unit.End - unit.Start);

    private bool IsMonth(int k, out int month, out bool abbreviated)
    {
        var unit = At(k);
        month = unit.Word.Value;
        var word = TextOf(unit).TrimEnd('.');
        abbreviated = word.Length <= 4 && month is not (5 or 6 or 7);
        return unit.Word.Kind == DateWordKind.Month && unit.Capitalized;
    }

    private bool IsWeekday(int k, out int weekday)
    {
        var unit = At(k);
        weekday = unit.Word.Value;
        return unit.Word.Kind == DateWordKind.Weekday && unit.Capitalized && !unit.Word.Plural;
    }

    private bool IsDayNumber(int k, out int day)
    {
        var unit = At(k);
        day = unit.Number;
        return unit.Shape is DateUnitShape.Number or DateUnitShape.Ordinal && unit.Digits <= 2 && day is >= 1 and <= 31
            && !At(k + 1).IsPunct('%');
    }

    private bool IsYear(int k, out int year)
    {
        var unit = At(k);
        year = unit.Number;
        return unit.Shape == DateUnitShape.Number && unit.Digits == 4 && unit.End - unit.Start == 4 && year is >= 1000 and <= 2199;
    }

    private bool IsUnit(int k, TimeUnit unit, bool? plural = null)
    {
        var word = At(k).Word;
        return word.Kind == DateWordKind.Unit && word.Unit == unit && (plural is null || word.Plural == plural);
    }

    private bool IsPossessive(int k) => TextOf(At(k)) is "'s" or "\u2019s";

    /// <summary>True when the clause around units [first, next) points to the future.</summary>
    private bool Forward(int first, int next)
    {
        var firstUnit = At(first);
        var lastUnit = At(next - 1);
        var sentences = _sentences.Span;
        if (firstUnit.Sentence >= sentences.Length)
        {
            return false;
        }

        // "by August", "until Friday", "effective June 1": a deadline or a start lies ahead whatever the verb's tense.
        for (var k = first - 1; k >= first - 4 && k >= 0; k--)
        {
            var before = At(k);
            if (before.Word.Kind == DateWordKind.Keyword && before.Word.Keyword is DateKeyword.The or DateKeyword.Early or DateKeyword.Late
                or DateKeyword.Mid or DateKeyword.End or DateKeyword.Of or DateKeyword.Beginning or DateKeyword.Middle or DateKeyword.Start)
            {
                continue;
            }

            // ... unless a past perfect fixes the deadline in the past ("had filed reports by Wednesday").
            if ((before.Is(DateKeyword.Until) || TextOf(before) is "by" or "By" or "effective" or "Effective"
                    || (TextOf(before) is "as" && TextOf(At(k - 1)) is "soon"))
                && !HadInClause(firstUnit) && !HadJustAfter(lastUnit))
            {
                return true;
            }

            break;
        }

        return TenseGuesser.Guess(_text, _tokens.Span, sentences[firstUnit.Sentence], firstUnit.Token, lastUnit.Token, _tags) == Tense.Future;
    }

    // "Until Thursday, they had not named a suspect": a past perfect right after a fronted deadline.
    private bool HadJustAfter(DateUnit unit)
    {
        var sentence = _sentences.Span[unit.Sentence];
        var tokens = _tokens.Span;
        var end = Math.Min(sentence.FirstToken + sentence.TokenCount, unit.Token + 6);
        for (var t = unit.Token + 1; t < end; t++)
        {
            if (_text.AsSpan(tokens[t].Start, tokens[t].End - tokens[t].Start).Equals("had", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // "had" in the clause before the date: back to the sentence start or the nearest comma, at most twelve tokens.
    // A "had" in an earlier clause ("The sale, which had been expected, is part of a plan to pay by May") is not it.
    private bool HadInClause(DateUnit unit)
    {
        var sentence = _sentences.Span[unit.Sentence];
        var tokens = _tokens.Span;
        for (var t = unit.Token - 1; t >= sentence.FirstToken && t >= unit.Token - 12; t--)
        {
            var word = _text.AsSpan(tokens[t].Start, tokens[t].End - tokens[t].Start);
            if (word is "," or ";")
            {
                return false;
            }

            if (word.Equals("had", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The last date mentioned that is at least as precise as <paramref name="unit"/>, else the document date.</summary>
    private DateOnly ReferenceFor(TimeUnit unit)
    {
        var usable = _refPrecision switch
        {
            TimeUnit.Day => true,
            TimeUnit.Month => unit >= TimeUnit.Month,
            TimeUnit.Year => unit >= TimeUnit.Year,
            _ => false,
        };
        return usable ? _refDate : _dct!.Value;
    }
}
