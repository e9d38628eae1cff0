namespace Backchannel.Dates;

/// <summary>
/// Counts written in digits or words inside date expressions: "3", "1,000", "1.5", "two", "twenty-four",
/// "twenty four", "a dozen", "two dozen", "one hundred". Deliberately minimal and private to the dates stage; the
/// general numbers stage (Numbers/) can replace it once the two are merged.
/// </summary>
internal static class WordNumbers
{
    /// <summary>Reads a count starting at unit <paramref name="i"/>; <paramref name="next"/> is the unit after it.</summary>
    public static bool TryRead(ReadOnlySpan<DateUnit> units, ReadOnlySpan<char> text, int i, out decimal value, out int next)
    {
        value = 0;
        next = i;
        if (i >= units.Length)
        {
            return false;
        }

        var unit = units[i];
        if (unit.Shape == DateUnitShape.Number && unit.Number >= 0)
        {
            value = unit.Number;
            next = i + 1;
            return true;
        }

        if (unit.Shape == DateUnitShape.Fraction)
        {
            return TryDecimal(text[unit.Start..unit.End], out value) && (next = i + 1) > 0;
        }

        if (unit.Word.Kind != DateWordKind.Cardinal)
        {
            // "a dozen", "a hundred"
            if ((unit.Is(DateKeyword.A) || unit.Is(DateKeyword.An)) && i + 1 < units.Length
                && units[i + 1].Word is { Kind: DateWordKind.Cardinal, Value: 12 or 100 or 1000 } big)
            {
                value = big.Value;
                next = i + 2;
                return true;
            }

            return false;
        }

        var total = 0m;
        var current = (decimal)unit.Word.Value;
        var k = i + 1;
        if (current is >= 20 and < 100 && current % 10 == 0 && k < units.Length && units[k].Word is { Kind: DateWordKind.Cardinal, Value: >= 1 and <= 9 } ones)
        {
            current += ones.Value;
            k++;
        }

        while (k < units.Length && units[k].Word is { Kind: DateWordKind.Cardinal, Value: 12 or 100 or 1000 } multiplier && current > 0)
        {
            current *= multiplier.Value;
            k++;
            if (multiplier.Value == 1000)
            {
                total += current;
                current = 0;
            }
        }

        value = total + current;
        next = k;
        return true;
    }

    private static bool TryDecimal(ReadOnlySpan<char> text, out decimal value)
    {
        // 1.5 → 1.5; 1/2 → 0.5
        var slash = text.IndexOf('/');
        if (slash > 0)
        {
            value = 0;
            return decimal.TryParse(text[..slash], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var numerator)
                && decimal.TryParse(text[(slash + 1)..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var denominator)
                && denominator != 0 && (value = numerator / denominator) >= 0;
        }

        return decimal.TryParse(text, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out value);
    }
}
