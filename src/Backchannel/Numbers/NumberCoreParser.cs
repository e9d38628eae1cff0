namespace Backchannel.Numbers;

/// <summary>Reads the number at a piece: a numeric token with an optional scale word after it, or spelled words.</summary>
internal static class NumberCoreParser
{
    /// <summary>Reads the number starting at piece <paramref name="c"/>; false when none starts there.</summary>
    internal static bool TryParse(PieceView v, int c, out NumberCore core)
    {
        if (!v.IsNumeric(c))
        {
            return v.IsWord(c) ? SpelledNumberParser.TryParse(v, c, out core) : Fail(out core);
        }

        if (!NumericText.TryParse(v.Word(c), out var token))
        {
            return Fail(out core);
        }

        core = new NumberCore
        {
            Start = c,
            End = c + 1,
            Value = token.Value,
            Scale = 1,
            IntegerDigits = token.IntegerDigits,
            Plain = token.Plain,
            Unit = token.Unit,
        };
        switch (token.Suffix)
        {
            case NumericSuffix.Percent:
                core.Percent = true;
                return true;
            case NumericSuffix.Ordinal:
                core.Ordinal = true;
                return true;
            case NumericSuffix.Fraction:
                core.Fraction = true;
                return true;
            case NumericSuffix.Scale:
                core.ScaleIsM = token.ScaleIsM;
                core.Scale = NumberWords.SuffixScale(v.Word(c).TrimStart("+-\u22120123456789.,"));
                return true;
            case NumericSuffix.Unit:
                return true;
        }

        // 1.2 million, 3 billion, 1.2-million.
        var k = c + 1;
        if (v.IsDash(k) && v.Touches(k) && v.Touches(k + 1))
        {
            k++;
        }

        if (NumberWords.IsScale(v.Word(k), out var scale))
        {
            core.Value *= scale;
            core.Scale = scale;
            core.Plain = false;
            core.End = k + 1;
        }

        return true;
    }

    private static bool Fail(out NumberCore core)
    {
        core = default;
        return false;
    }
}
