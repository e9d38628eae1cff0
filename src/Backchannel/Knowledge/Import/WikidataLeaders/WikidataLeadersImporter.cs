using Backchannel.Knowledge.Import.Countries;
using Backchannel.Knowledge.Model;

namespace Backchannel.Knowledge.Import.WikidataLeaders;

/// <summary>
/// Heads of state and government from a Wikidata extract (<c>leaders_history.csv</c>: iso3, country, role, person,
/// person_qid, start, end, party, end_cause), plus Country entities from <c>countries_seed.csv</c> beside it when
/// present. People are their QIDs; posts are <c>&lt;cc&gt;-head-of-state</c> / <c>&lt;cc&gt;-head-of-government</c>.
/// A 1 January date is read as a year (the extract loses Wikidata's precision; see <c>Date</c>).
/// Wikidata's noise is reported, not imported: impossible dates and blank-node "unknown value" URIs leave the term
/// without that date, rows without a QID are skipped, repeated rows are kept once.
/// </summary>
public sealed class WikidataLeadersImporter : IKbImporter
{
    /// <inheritdoc />
    public string Format => "wikidata-leaders";

    /// <inheritdoc />
    public string Description => "Heads of state/government from Wikidata (leaders_history.csv, countries_seed.csv beside it)";

    /// <inheritdoc />
    public ImportResult Import(ImportSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var result = new ImportResult();
        var seed = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(source.Path)) ?? ".", "countries_seed.csv");
        var byIso3 = File.Exists(seed) ? ReadCountries(source, seed, result) : [];
        if (CsvTable.Read(source.Path, result) is not { } table)
        {
            return result;
        }

        var rows = new List<LeaderRow>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            if (Parse(table, row, byIso3, result) is not { } leader)
            {
                continue;
            }

            // One term per holder, post and start: Wikidata often states a spell twice, once without its end.
            var key = $"{leader.Qid}|{leader.Post}|{leader.Start?.ToString() ?? "line" + leader.Line}";
            if (!seen.TryGetValue(key, out var index))
            {
                seen[key] = rows.Count;
                rows.Add(leader);
                continue;
            }

            var first = rows[index];
            if (first.End == leader.End)
            {
                result.Problem(table.Path, row.Line, $"repeats line {first.Line}; kept once");
            }
            else if (first.End is null)
            {
                rows[index] = first with { End = leader.End, EndCause = leader.EndCause };
                result.Problem(table.Path, row.Line, $"same term as line {first.Line}, which gives no end; merged, keeping this end");
            }
            else if (leader.End is not null)
            {
                result.Problem(table.Path, row.Line, $"same term as line {first.Line} but ends {leader.End} instead of {first.End}; kept line {first.Line}'s end");
            }
            else
            {
                result.Problem(table.Path, row.Line, $"repeats line {first.Line} without its end; kept once");
            }
        }

        // The latest start of each post, so an open term that is not the latest reads "unknown", not "current".
        var latest = rows.Where(r => r.Start is not null).GroupBy(r => r.Post, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Max(r => r.Start!.Value), StringComparer.Ordinal);
        var posts = new HashSet<string>(StringComparer.Ordinal);
        var people = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in rows)
        {
            var cite = new Citation(source.Publisher, $"https://www.wikidata.org/wiki/{r.Qid}", $"{Path.GetFileName(table.Path)} line {r.Line}", source.Retrieved);
            if (posts.Add(r.Post))
            {
                var head = r.Role == "head_of_state" ? "Head of state" : "Head of government";
                result.Entities.Add(new KbEntityBuilder(Schemas.Position, r.Post)
                    .Add(Props.Name, $"{head} of {CountryCodes.NameOf(r.Country) ?? r.CountryName}").Add(Props.Country, r.Country).Add(Props.Role, r.Role)
                    .Add(Props.Topics, "gov.head").Add(Props.Topics, "gov.national").Cite(cite).Build());
            }

            if (people.Add(r.Qid))
            {
                result.Entities.Add(new KbEntityBuilder(Schemas.Person, r.Qid).Add(Props.Name, r.Name).Add(Props.WikidataId, r.Qid)
                    .Add(Props.Country, r.Country).Cite(cite).Build());
            }

            var current = r.End is null && r.Start is { } s && latest.TryGetValue(r.Post, out var max) && s.CompareTo(max) == 0;
            result.Entities.Add(new KbEntityBuilder(Schemas.Occupancy, $"occ:{r.Qid}:{r.Post}:{r.Start?.ToString() ?? "line" + r.Line}")
                .Add(Props.Holder, r.Qid).Add(Props.Post, r.Post).Add(Props.StartDate, r.Start).Add(Props.EndDate, r.End)
                .Add(Props.Status, r.End is not null ? "ended" : current ? "current" : "unknown")
                .Add(Props.Notes, r.EndCause is { Length: > 0 } cause ? $"end cause: {cause}" : null)
                .Cite(cite).Build());
        }

        return result;
    }

    private static LeaderRow? Parse(CsvTable table, CsvRecord row, Dictionary<string, (string Code, string Name)> byIso3, ImportResult result)
    {
        var iso3 = table.Get(row, "iso3");
        var role = table.Get(row, "role");
        var qid = table.Get(row, "person_qid");
        var (code, countryName) = byIso3.TryGetValue(iso3, out var c) ? c : (CountryCodes.FromAlpha3(iso3) ?? "", table.Get(row, "country"));
        if (code.Length != 2)
        {
            result.Problem(table.Path, row.Line, $"iso3 '{iso3}' is not a known country; row skipped");
            return null;
        }

        if (role is not ("head_of_state" or "head_of_government"))
        {
            result.Problem(table.Path, row.Line, $"role '{role}' is neither head_of_state nor head_of_government; row skipped");
            return null;
        }

        if (!IsQid(qid))
        {
            result.Problem(table.Path, row.Line, $"person_qid '{qid}' is not a Wikidata id (an unknown-value blank node?); row skipped");
            return null;
        }

        var name = table.Get(row, "person");
        if (name.StartsWith("http", StringComparison.Ordinal) || IsQid(name))
        {
            result.Problem(table.Path, row.Line, $"{qid} has no English label; the person is kept under the QID");
            name = "";
        }

        var post = $"{code}-{role.Replace('_', '-')}";
        return new LeaderRow(row.Line, code, countryName, role, post, qid, name,
            Date(table, row, "start", result), Date(table, row, "end", result), table.Get(row, "end_cause"));
    }

    private static KbDate? Date(CsvTable table, CsvRecord row, string column, ImportResult result)
    {
        var text = table.Get(row, column);
        if (text.Contains("genid", StringComparison.Ordinal))
        {
            result.Problem(table.Path, row.Line, $"{column} is a Wikidata unknown-value blank node, not a date; the row is kept without it");
            return null;
        }

        // The extract writes every Wikidata time as a timestamp and drops its precision, so a year-precision value
        // ("1997") comes out as 1997-01-01T00:00:00Z (Blair's term read 1997-01-01 – 2007-01-01). About half of its
        // 1 January dates are such years (checked against day-precise P39 spells), so 1 January is read as the year:
        // uncertain within that year, never a false day. Other days are kept (the first of a month is mostly a real day).
        var date = RowDates.Parse(text, column, result, table.Path, row.Line);
        return date is { Precision: DatePrecision.Day, Month: 1, Day: 1 } d ? new KbDate(d.Year, 1, 1, DatePrecision.Year) : date;
    }

    private static Dictionary<string, (string Code, string Name)> ReadCountries(ImportSource source, string path, ImportResult result)
    {
        var byIso3 = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        if (CsvTable.Read(path, result) is not { } table)
        {
            return byIso3;
        }

        foreach (var row in table.Rows)
        {
            var iso2 = table.Get(row, "iso2").ToLowerInvariant();
            var iso3 = table.Get(row, "iso3").ToUpperInvariant();
            var name = table.Get(row, "name_en");
            if (iso2.Length != 2 || iso3.Length != 3 || name.Length == 0)
            {
                result.Problem(path, row.Line, "expected iso2, iso3 and name_en; row skipped");
                continue;
            }

            byIso3[iso3] = (iso2, name);
            result.Entities.Add(new KbEntityBuilder(Schemas.Country, CountriesImporter.IdPrefix + iso2)
                .Add(Props.Name, name).Add(Props.Code, iso2).Add(Props.Code3, iso3).Add(Props.Country, iso2)
                .Cite(SourceFile.Cite(source, $"{Path.GetFileName(path)} line {row.Line}")).Build());
        }

        return byIso3;
    }

    private static bool IsQid(string text) =>
        text.Length > 1 && text[0] == 'Q' && text.AsSpan(1).IndexOfAnyExceptInRange('0', '9') < 0;

    private sealed record LeaderRow(long Line, string Country, string CountryName, string Role, string Post, string Qid, string Name, KbDate? Start, KbDate? End, string? EndCause);
}
