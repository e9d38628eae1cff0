using System.Globalization;
using System.Text.RegularExpressions;
using Backchannel.Knowledge.Model;

namespace Backchannel.Knowledge.Import.OfacSdn;

/// <summary>
/// OFAC's SDN list as published in <c>sdn.csv</c> (no header: ent_num, SDN_Name, SDN_Type, Program, Title, Call_Sign,
/// Vess_type, Tonnage, GRT, Vess_flag, Vess_owner, Remarks; "-0-" is empty). Individuals become people ("DMITRIEV,
/// Kirill" → "Kirill Dmitriev", the listed form kept as an alias), other entries organisations, each
/// <c>ofac:&lt;ent_num&gt;</c> with one Sanction. Vessels and aircraft are not actors and are only counted. When a
/// first-seen file (<c>sdn_first_seen*.csv</c>) lies beside the list, entries that appeared after its first snapshot
/// get that date as the listing date; the others are only known to predate the first snapshot.
/// </summary>
public sealed partial class OfacSdnImporter : IKbImporter
{
    // Russian, Belarusian and Ukrainian romanised patronymic endings (-ovich, -ovna, -ovych, -ivna, …).
    private static readonly string[] PatronymicEndings = ["ovich", "evich", "ich", "ovna", "evna", "ichna", "ovych", "evych", "ivna"];

    /// <summary>The sanctioning authority's name on every Sanction.</summary>
    public const string Authority = "US OFAC";

    /// <inheritdoc />
    public string Format => "ofac-sdn";

    /// <inheritdoc />
    public string Description => "OFAC SDN list sdn.csv (+ sdn_first_seen*.csv beside it)";

    /// <inheritdoc />
    public ImportResult Import(ImportSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var result = new ImportResult();
        var folder = Path.GetDirectoryName(Path.GetFullPath(source.Path)) ?? ".";
        var firstSeen = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "sdn_first_seen*.csv").Order(StringComparer.Ordinal).FirstOrDefault() is { } f ? FirstSeen.Read(f, source, result) : []
            : [];
        if (SourceFile.ReadCsv(source.Path, result) is not { } records)
        {
            return result;
        }

        var snapshot = SnapshotDate().Match(Path.GetFileName(source.Path)) is { Success: true } m ? m.Value : source.Retrieved;
        var file = Path.GetFileName(source.Path);
        int vessels = 0, aircraft = 0;
        foreach (var row in records)
        {
            if (row.Cells.Length == 1 && row.At(0).Trim('\u001a').Length == 0)
            {
                continue; // The DOS end-of-file mark OFAC's file ends with.
            }

            if (row.Cells.Length != 12)
            {
                result.Problem(source.Path, row.Line, $"expected 12 columns, found {row.Cells.Length}; row skipped");
                continue;
            }

            var type = Cell(row, 2);
            if (type == "vessel")
            {
                vessels++;
                continue;
            }

            if (type == "aircraft")
            {
                aircraft++;
                continue;
            }

            var entNum = Cell(row, 0);
            var listed = Cell(row, 1);
            if (entNum.Length == 0 || entNum.AsSpan().IndexOfAnyExceptInRange('0', '9') >= 0 || listed.Length == 0)
            {
                result.Problem(source.Path, row.Line, "no ent_num or no name; row skipped");
                continue;
            }

            var cite = SourceFile.Cite(source, $"{file} line {row.Line} (ent_num {entNum})");
            var id = $"ofac:{entNum}";
            result.Entities.Add(Actor(row, id, type == "individual", listed, cite, result, source.Path));
            result.Entities.Add(Listing(row, id, entNum, snapshot, firstSeen.GetValueOrDefault(entNum), cite));
        }

        if (vessels + aircraft > 0)
        {
            result.Notes.Add(string.Create(CultureInfo.InvariantCulture, $"skipped {vessels} vessels and {aircraft} aircraft (not actors)"));
        }

        return result;
    }

    /// <summary>"DMITRIEV, Kirill Aleksandrovich" → "Kirill Aleksandrovich Dmitriev"; names without a comma keep their order.</summary>
    public static string DisplayName(string listed)
    {
        var comma = listed.IndexOf(',', StringComparison.Ordinal);
        var name = comma > 0 && comma < listed.Length - 1 ? $"{listed[(comma + 1)..].Trim()} {listed[..comma].Trim()}" : listed.Trim();
        return TitleCaseUpperWords(name);
    }

    /// <summary>
    /// The name as the press writes it, without an East Slavic patronymic ("Kirill Aleksandrovich Dmitriev" → "Kirill
    /// Dmitriev"), or null when the name has none.
    /// </summary>
    public static string? WithoutPatronymic(string displayName)
    {
        var words = displayName.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length != 3)
        {
            return null;
        }

        var middle = words[1];
        return PatronymicEndings.Any(e => middle.EndsWith(e, StringComparison.Ordinal))
            ? $"{words[0]} {words[2]}"
            : null;
    }

    private static KbEntity Actor(CsvRecord row, string id, bool person, string listed, Citation cite, ImportResult result, string path)
    {
        var remarks = OfacRemarks.Parse(Cell(row, 11));
        var builder = new KbEntityBuilder(person ? Schemas.Person : Schemas.Organization, id)
            .Add(Props.Name, person ? DisplayName(listed) : listed)
            .Add(Props.Alias, person ? listed : null)
            .Add(Props.Alias, person ? WithoutPatronymic(DisplayName(listed)) : null)
            .AddAll(Props.Alias, remarks.Aliases)
            .AddAll(Props.PreviousName, remarks.FormerNames)
            .Add(Props.Description, Cell(row, 4))
            .Add(Props.Topics, "sanction")
            .Cite(cite);
        if (person)
        {
            builder.AddAll(Props.BirthDate, remarks.BirthDates.Select(d => d.ToString()))
                .AddAll(Props.Nationality, remarks.Nationalities)
                .Add(Props.Gender, remarks.Gender);
            builder.AddAll(Props.Notes, remarks.VagueBirthDates.Select(d => $"OFAC date of birth: {d}"));
        }
        else
        {
            builder.AddAll(Props.Country, remarks.Nationalities);
        }

        foreach (var unknown in remarks.UnknownNationalities)
        {
            builder.Add(Props.Notes, $"OFAC nationality: {unknown}");
            if (!unknown.StartsWith("possibly", StringComparison.Ordinal) && !unknown.StartsWith("Region", StringComparison.Ordinal))
            {
                result.Problem(path, row.Line, $"nationality '{unknown}' is not a known country; kept as a note");
            }
        }

        return builder.Build();
    }

    private static KbEntity Listing(CsvRecord row, string id, string entNum, string? snapshot, FirstSeen? seen, Citation cite)
    {
        var builder = new KbEntityBuilder(Schemas.Sanction, $"san:{id}")
            .Add(Props.Entity, id).Add(Props.Authority, Authority).Add(Props.AuthorityId, entNum)
            .AddAll(Props.Program, Cell(row, 3).Split("] [", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Add(Props.Status, snapshot is null ? "active" : $"active as of {snapshot}")
            .Add(Props.AsOf, snapshot)
            .Cite(cite);
        if (seen is { } s && s.Cite is { } seenCite)
        {
            builder.Cite(seenCite);
            if (s.NewSinceFirstSnapshot)
            {
                builder.Add(Props.ListingDate, s.Date).Add(Props.Notes, "listing date = first seen by a 6-hourly scrape of the list (UTC)");
            }
            else
            {
                builder.Add(Props.Notes, $"listed before {s.FirstSnapshot?.ToString() ?? s.Date?.ToString()}");
            }
        }

        return builder.Build();
    }

    private static string Cell(CsvRecord row, int index)
    {
        var value = row.At(index);
        return value == "-0-" ? "" : value;
    }

    /// <summary>Upper-case words get a capital and small letters ("AL-ASSAD" → "Al-Assad"); mixed-case words stay.</summary>
    private static string TitleCaseUpperWords(string name)
    {
        var chars = name.ToCharArray();
        var start = true;
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if (!char.IsLetter(c))
            {
                start = c is ' ' or '-' or '(' or '.';
                continue;
            }

            if (char.IsUpper(c) && !start && IsUpperWord(name, i))
            {
                chars[i] = char.ToLowerInvariant(c);
            }

            start = false;
        }

        return new string(chars);
    }

    private static bool IsUpperWord(string name, int index)
    {
        var from = index;
        while (from > 0 && char.IsLetter(name[from - 1]))
        {
            from--;
        }

        var to = index;
        while (to < name.Length && (char.IsLetter(name[to]) || name[to] == '\''))
        {
            to++;
        }

        return to - from > 1 && !name.AsSpan(from, to - from).ContainsAnyInRange('a', 'z');
    }

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}", RegexOptions.CultureInvariant)]
    private static partial Regex SnapshotDate();
}
