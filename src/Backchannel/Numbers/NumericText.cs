namespace Backchannel.Numbers;

/// <summary>
/// Reads one numeric token (as the tokenizer emits it) into a number without allocating: sign, grouping commas,
/// decimals, vulgar fractions, a trailing percent, an ordinal suffix, a glued scale (bn, m, k) or unit (km).
/// </summary>
internal static class NumericText
{
    private const int LongestPlausibleDigits = 7;

    /// <summary>
    /// False for anything that is not a number a reader would quote: times (10:30), slash dates (12/03/2014),
    /// decades (1990s), identifiers with leading zeros (007) or long digit strings without grouping (ID-like).
    /// </summary>
    internal static bool TryParse(ReadOnlySpan<char> s, out NumericToken result)
    {
        result = default;
        var i = 0;
        var negative = false;
        if (i < s.Length && s[i] is '-' or '\u2212' or '+')
        {
            negative = s[i] != '+';
            i++;
        }

        var signed = i > 0;
        long mantissa = 0;
        var digits = 0;
        var integerDigits = 0;
        var decimals = 0;
        var groupDigits = -1;
        var grouped = false;
        var firstDigit = i;
        for (; i < s.Length; i++)
        {
            var c = s[i];
            if (char.IsAsciiDigit(c))
            {
                if (digits >= 17)
                {
                    return false;
                }

                mantissa = (mantissa * 10) + (c - '0');
                digits++;
                if (decimals > 0 || (i > firstDigit && s[i - 1] == '.'))
                {
                    decimals++;
                }
                else
                {
                    integerDigits++;
                    if (groupDigits >= 0)
                    {
                        groupDigits++;
                    }
                }

                continue;
            }

            if (c == ',' && decimals == 0 && integerDigits > 0 && (groupDigits < 0 ? integerDigits <= 3 : groupDigits == 3) && ThreeDigitsFollow(s, i))
            {
                groupDigits = 0;
                grouped = true;
                continue;
            }

            if (c == '.' && decimals == 0 && i + 1 < s.Length && char.IsAsciiDigit(s[i + 1]) && !(i > firstDigit && s[i - 1] == '.'))
            {
                continue;
            }

            break;
        }

        if (digits == 0 || (groupDigits >= 0 && groupDigits != 3))
        {
            return false;
        }

        var value = mantissa / Pow10(decimals);
        var plain = !signed && !grouped && decimals == 0;
        if (plain && integerDigits > 1 && s[firstDigit] == '0')
        {
            return false;
        }

        if (plain && integerDigits >= LongestPlausibleDigits && i == s.Length)
        {
            return false;
        }

        var rest = s[i..];
        if (rest.IsEmpty)
        {
            result = new NumericToken(negative ? -value : value, NumericSuffix.None, null, integerDigits, plain, false);
            return true;
        }

        var suffix = NumericSuffix.None;
        string? unit = null;
        var scaleIsM = false;
        if (rest[0] is '½' or '¼' or '¾' && rest.Length == 1)
        {
            value += rest[0] switch { '½' => 0.5, '¼' => 0.25, _ => 0.75 };
        }
        else if (rest[0] == '/' && decimals == 0 && !grouped)
        {
            if (!TryFraction(value, rest[1..], out value))
            {
                return false;
            }

            suffix = NumericSuffix.Fraction;
        }
        else if (rest is "%" || rest.Equals("pc", StringComparison.OrdinalIgnoreCase))
        {
            suffix = NumericSuffix.Percent;
        }
        else if (IsOrdinalSuffix(rest, mantissa) && decimals == 0)
        {
            suffix = NumericSuffix.Ordinal;
        }
        else if (NumberWords.SuffixScale(rest) is > 0 and var scale)
        {
            value *= scale;
            suffix = NumericSuffix.Scale;
            scaleIsM = rest is "m" or "M";
        }
        else if (UnitLexicon.TryFind(rest, out var entry) && !entry.Counted)
        {
            suffix = NumericSuffix.Unit;
            unit = entry.Unit;
        }
        else
        {
            return false;
        }

        result = new NumericToken(negative ? -value : value, suffix, unit, integerDigits, false, scaleIsM);
        return true;
    }

    private static bool ThreeDigitsFollow(ReadOnlySpan<char> s, int comma)
        => comma + 3 < s.Length
           && char.IsAsciiDigit(s[comma + 1]) && char.IsAsciiDigit(s[comma + 2]) && char.IsAsciiDigit(s[comma + 3])
           && (comma + 4 >= s.Length || !char.IsAsciiDigit(s[comma + 4]));

    // Only proper fractions with small (or bond-price 32nd and 64th) denominators are numbers; 9/11 and 12/03 are dates or names.
    private static bool TryFraction(double numerator, ReadOnlySpan<char> rest, out double value)
    {
        value = 0;
        if (rest.IsEmpty || rest.Length > 2)
        {
            return false;
        }

        var denominator = 0;
        foreach (var c in rest)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            denominator = (denominator * 10) + (c - '0');
        }

        if (denominator < 2 || (denominator > 16 && denominator is not (32 or 64)) || numerator >= denominator || numerator < 1)
        {
            return false;
        }

        value = numerator / denominator;
        return true;
    }

    private static bool IsOrdinalSuffix(ReadOnlySpan<char> rest, long number)
    {
        if (rest.Length != 2)
        {
            return false;
        }

        var lastTwo = number % 100;
        var expected = (lastTwo is >= 11 and <= 13 ? 0 : number % 10) switch
        {
            1 => "st",
            2 => "nd",
            3 => "rd",
            _ => "th",
        };
        return rest.Equals(expected, StringComparison.OrdinalIgnoreCase);
    }

    private static double Pow10(int exponent)
    {
        var result = 1.0;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10;
        }

        return result;
    }
}
