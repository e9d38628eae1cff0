using System.Globalization;
using System.Text.RegularExpressions;
using Backchannel.Knowledge.Model;

namespace Backchannel.Knowledge.Import.OfacSdn;

/// <summary>
/// The facts OFAC packs into an SDN row's Remarks: "DOB 21 Mar 1950; nationality Russia; a.k.a. 'RDIF'; …".
/// Only the parts the KB uses are read; the rest stays in the row.
/// </summary>
internal sealed partial class OfacRemarks
{
    private static readonly string[] DateFormats = ["d MMM yyyy", "dd MMM yyyy", "MMM yyyy", "yyyy"];

    // OFAC's spelling of countries whose names the country table writes differently; Kosovo has no ISO code, "xk" is the
    // code the EU and most datasets use.
    private static readonly Dictionary<string, string> OfacCountryNames = new(StringComparer.Ordinal)
    {
        ["Burma"] = "mm",
        ["Congo, Democratic Republic of the"] = "cd",
        ["Congo, Republic of the"] = "cg",
        ["North Macedonia, The Republic of"] = "mk",
        ["The Gambia"] = "gm",
        ["Palestinian"] = "ps",
        ["Cabo Verde"] = "cv",
        ["Korea, North"] = "kp",
        ["Korea, South"] = "kr",
        ["Kosovo"] = "xk",
    };

    private OfacRemarks()
    {
    }

    /// <summary>Birth dates at the precision given ("21 Mar 1950" → 1950-03-21, "1950" → 1950).</summary>
    public List<KbDate> BirthDates { get; } = [];

    /// <summary>Birth date texts that are ranges or approximations ("circa 1950", "1955 to 1957").</summary>
    public List<string> VagueBirthDates { get; } = [];

    /// <summary>Nationalities and citizenships as alpha-2 codes.</summary>
    public List<string> Nationalities { get; } = [];

    /// <summary>Nationality texts no country matched ("Region: Gaza").</summary>
    public List<string> UnknownNationalities { get; } = [];

    /// <summary>Names after "a.k.a.".</summary>
    public List<string> Aliases { get; } = [];

    /// <summary>Names after "f.k.a." (former names).</summary>
    public List<string> FormerNames { get; } = [];

    /// <summary>"Male" or "Female" when given.</summary>
    public string? Gender { get; private set; }

    /// <summary>Reads one Remarks cell.</summary>
    public static OfacRemarks Parse(string remarks)
    {
        var parsed = new OfacRemarks();
        foreach (Match m in QuotedName().Matches(remarks))
        {
            (m.Groups[1].Value == "f" ? parsed.FormerNames : parsed.Aliases).Add(m.Groups[2].Value.Trim());
        }

        foreach (var raw in remarks.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var part = raw.TrimEnd('.');
            if (part.StartsWith("DOB ", StringComparison.Ordinal))
            {
                parsed.AddBirthDate(part[4..].Trim());
            }
            else if (part.StartsWith("nationality ", StringComparison.Ordinal) || part.StartsWith("citizen ", StringComparison.Ordinal))
            {
                parsed.AddCountry(part[(part.IndexOf(' ', StringComparison.Ordinal) + 1)..].Trim());
            }
            else if (part.StartsWith("Gender ", StringComparison.Ordinal))
            {
                parsed.Gender = part[7..].Trim().ToLowerInvariant();
            }
        }

        return parsed;
    }

    private void AddBirthDate(string text)
    {
        if (DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            var precision = text.Length == 4 ? DatePrecision.Year : char.IsDigit(text[0]) ? DatePrecision.Day : DatePrecision.Month;
            BirthDates.Add(new KbDate(day.Year, day.Month, day.Day, precision));
        }
        else
        {
            VagueBirthDates.Add(text);
        }
    }

    private void AddCountry(string text)
    {
        var code = OfacCountryNames.GetValueOrDefault(text) ?? CountryCodes.FromName(text);
        if (code is not null)
        {
            Nationalities.Add(code);
        }
        else
        {
            UnknownNationalities.Add(text);
        }
    }

    [GeneratedRegex(@"\b(a|f)\.k\.a\.\s*'([^']+)'", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedName();
}
