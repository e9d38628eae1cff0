using System.Globalization;
using Backchannel.Knowledge.Model;

namespace Backchannel.Knowledge.Import.Phoenix;

/// <summary>
/// One TABARI actor code with its validity: <c>[RUSGOV 991231-080507]</c>, <c>[RUSGOV &gt;080508]</c> (from),
/// <c>[RUSGOV &lt;080508]</c> (until) or a bare <c>[RUSGOV]</c> (undated).
/// </summary>
/// <param name="Code">The CAMEO code, e.g. "RUSGOV".</param>
/// <param name="Start">First day, when given.</param>
/// <param name="End">Last day, when given.</param>
/// <param name="Dated">False for a bare code.</param>
internal sealed record CameoCode(string Code, KbDate? Start, KbDate? End, bool Dated)
{
    /// <summary>
    /// Two-digit years pivot at 14: the dictionaries were generated in January 2014, and their six-digit dates use
    /// 00–14 and 31–99 only, so YY ≤ 14 is 20YY and the rest 19YY. Eight-digit dates carry their century.
    /// </summary>
    public const int PivotYear = 14;

    /// <summary>Parses the text between the brackets; null with a reason when it is not a code.</summary>
    public static CameoCode? Parse(string text, out string reason)
    {
        reason = "";
        var parts = text.Trim().Split(' ', 2, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || parts[0].AsSpan().IndexOfAnyExcept("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") >= 0)
        {
            reason = $"'[{text}]' is not a CAMEO code";
            return null;
        }

        if (parts.Length == 1)
        {
            return new CameoCode(parts[0], null, null, false);
        }

        var range = parts[1].Replace(" ", "", StringComparison.Ordinal);
        KbDate? start = null, end = null;
        bool ok;
        if (range.StartsWith('>'))
        {
            ok = TryDate(range[1..], out start);
        }
        else if (range.StartsWith('<'))
        {
            ok = TryDate(range[1..], out end);
        }
        else
        {
            var dash = range.IndexOf('-', StringComparison.Ordinal);
            ok = dash > 0 && TryDate(range[..dash], out start) & TryDate(range[(dash + 1)..], out end);
        }

        if (!ok)
        {
            reason = $"'[{text}]' has a date that is neither YYMMDD nor YYYYMMDD";
            return null;
        }

        return new CameoCode(parts[0], start, end, true);
    }

    private static bool TryDate(string digits, out KbDate? date)
    {
        date = null;
        if (digits.AsSpan().IndexOfAnyExceptInRange('0', '9') >= 0 || digits.Length is not (6 or 8))
        {
            return false;
        }

        var year = int.Parse(digits.AsSpan(0, digits.Length - 4), CultureInfo.InvariantCulture);
        if (digits.Length == 6)
        {
            year += year <= PivotYear ? 2000 : 1900;
        }

        var iso = string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{digits.AsSpan(digits.Length - 4, 2)}-{digits.AsSpan(digits.Length - 2)}");
        if (!KbDate.TryParse(iso, out var parsed))
        {
            return false;
        }

        date = parsed;
        return true;
    }
}
