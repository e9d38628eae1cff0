namespace Backchannel.Numbers;

/// <summary>
/// Reads a currency sign or code, the number, and what follows it (percent, currency word, unit or counted noun)
/// into a <see cref="SimpleQuantity"/>.
/// </summary>
internal static class SimpleQuantityParser
{
    private const int LongestKey = 48;

    /// <summary>Reads a quantity starting at piece <paramref name="c"/>; false when no number starts there.</summary>
    internal static bool TryParse(PieceView v, int c, out SimpleQuantity quantity)
    {
        quantity = new SimpleQuantity { Start = c, Factor = 1 };
        string? currency = null;
        if (CurrencyLexicon.DollarPrefix(v.Word(c)) is { } prefixed && v.Is(c + 1, "$") && v.Touches(c + 1) && v.IsNumeric(c + 2))
        {
            currency = prefixed;
            c += 2;
        }
        else if (CurrencyLexicon.Sign(v.Word(c)) is { } signed)
        {
            currency = signed;
            c++;
        }
        else if (v.IsNumeric(c + 1) && CurrencyLexicon.TryWord(v.Word(c), out var code) && code.IsCode)
        {
            currency = code.Code;
            c++;
        }

        if (!NumberCoreParser.TryParse(v, c, out var core) || (currency is not null && (core.Ordinal || core.Percent || core.Unit is not null)))
        {
            return false;
        }

        if (currency is null && core.Start > quantity.Start)
        {
            quantity.Start = core.Start;
        }

        quantity.Core = core;
        quantity.Value = core.Value;
        quantity.Scale = core.Scale;
        quantity.Qualifier = core.Qualifier;
        var p = core.End;
        if (core.Ordinal)
        {
            quantity.Kind = QuantityKind.Ordinal;
            quantity.End = p;
            return true;
        }

        if (core.ScaleIsM && currency is null && core.Value >= 1e9)
        {
            // 3,000m is a distance; 500m (no currency) is read as million, the common news usage.
            quantity.Value = core.Value / 1e6;
            quantity.Scale = 1;
            core.Unit = "m";
        }

        if (core.Percent)
        {
            quantity.Kind = QuantityKind.Percent;
            quantity.Unit = "percent";
        }
        else if (TryPercentWords(v, p, out var percentUnit, out var afterPercent))
        {
            quantity.Kind = QuantityKind.Percent;
            quantity.Unit = percentUnit;
            p = afterPercent;
        }
        else if (currency is null && TryCurrencyAfter(v, p, out var entry, out var afterCurrency))
        {
            quantity.Kind = QuantityKind.Money;
            quantity.Unit = entry.Code;
            quantity.Factor = entry.Factor;
            quantity.Value *= entry.Factor;
            p = afterCurrency;
        }
        else if (currency is not null)
        {
            quantity.Kind = QuantityKind.Money;
            quantity.Unit = currency;
        }
        else if (core.Unit is not null)
        {
            quantity.Kind = QuantityKind.Measure;
            quantity.Unit = core.Unit;
        }
        else if (TryUnit(v, p, out var unit, out var afterUnit))
        {
            quantity.Kind = unit.Counted ? QuantityKind.Cardinal : QuantityKind.Measure;
            quantity.Unit = unit.Unit;
            p = afterUnit;
        }
        else if (core.Fraction)
        {
            quantity.Unit = "fraction";
        }

        quantity.End = p;
        return true;
    }

    private static bool TryPercentWords(PieceView v, int p, out string unit, out int end)
    {
        end = p;
        unit = "percent";
        if (v.Is(p, "percent") || v.Is(p, "pct") || v.Is(p, "%"))
        {
            end = p + 1;
        }
        else if (v.Is(p, "per") && v.Is(p + 1, "cent"))
        {
            end = p + 2;
        }
        else if (v.Is(p, "percentage") && (v.Is(p + 1, "point") || v.Is(p + 1, "points")))
        {
            unit = "percentage point";
            end = p + 2;
        }

        return end > p;
    }

    private static bool TryCurrencyAfter(PieceView v, int p, out CurrencyEntry entry, out int end)
    {
        Span<char> buffer = stackalloc char[LongestKey];
        for (var count = 2; count >= 1; count--)
        {
            var length = v.Join(p, count, buffer);
            if (length > 0 && v.IsWord(p) && CurrencyLexicon.TryWord(buffer[..length], out entry))
            {
                end = p + count;
                return true;
            }
        }

        entry = default;
        end = p;
        return false;
    }

    // 30 km · 1,000-kilometre · two-hour · 40-year-old · 40 °C · 300 square kilometres · 5,000 troops.
    private static bool TryUnit(PieceView v, int p, out UnitEntry unit, out int end)
    {
        unit = default;
        end = p;
        if (v.Is(p, "°"))
        {
            var scale = v.Touches(p + 1) ? v.Word(p + 1) : [];
            unit = new UnitEntry(scale is "C" ? "°C" : scale is "F" ? "°F" : "degree", Counted: false);
            end = scale is "C" or "F" ? p + 2 : p + 1;
            return true;
        }

        var hyphenated = v.IsDash(p) && v.Touches(p) && v.Touches(p + 1);
        var first = hyphenated ? p + 1 : p;
        if (!v.IsWord(first))
        {
            return false;
        }

        Span<char> buffer = stackalloc char[LongestKey];
        for (var count = 3; count >= 1; count--)
        {
            var length = v.Join(first, count, buffer);
            if (length > 0 && UnitLexicon.TryFind(buffer[..length], out unit) && !(hyphenated && unit.Counted))
            {
                end = first + count;
                if (unit.Unit == "km" && v.Is(end, "/") && v.Is(end + 1, "h"))
                {
                    unit = new UnitEntry("km/h", Counted: false);
                    end += 2;
                }

                if (unit.Unit == "year" && v.IsDash(end) && v.Is(end + 1, "old"))
                {
                    end += 2;
                }

                return true;
            }
        }

        return false;
    }
}
