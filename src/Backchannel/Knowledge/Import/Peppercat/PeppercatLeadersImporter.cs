using System.Globalization;
using Backchannel.Knowledge.Model;

namespace Backchannel.Knowledge.Import.Peppercat;

/// <summary>
/// Wikidata "position held" (P39) spells from the Peppercat/EveryPolitician extract (a folder with
/// <c>leaders-historic/&lt;slug&gt;.csv</c>: catalog, position, person, personID, start, end, gender, DOB, …). Only
/// heads of state, heads of government and foreign ministers are taken (<see cref="PeppercatRoles"/>); other posts are
/// counted. The facts are Wikidata's (CC0) and each cites the person's Wikidata item, not the extract, whose
/// compilation has no clean licence: run it with <c>kb import peppercat-leaders … --out</c> and ship the derived FtM
/// file. Dates keep the precision the extract gives (1997, 2007-06, 2007-06-27). The extract is a snapshot of
/// 2023-01-19: an open spell means "in office then", so each open term carries that as-of date and is uncertain after it.
/// People are their QIDs; posts are <c>&lt;cc&gt;-head-of-state</c>, <c>&lt;cc&gt;-head-of-government</c> (as the
/// other Wikidata import) and <c>&lt;cc&gt;-foreign-minister</c>.
/// </summary>
public sealed class PeppercatLeadersImporter : IKbImporter
{
    /// <summary>The day the extract was taken (its latest start or end); open spells are "in office" as of it.</summary>
    public const string SnapshotDate = "2023-01-19";

    // Catalogs that are not the country their name reads as, or no country at all (regions, unrecognised states,
    // the EU, "world"): Congo's two catalogs and Kosovo are mapped; the rest are left out and counted.
    private static readonly Dictionary<string, string?> CatalogCodes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["congo-brazzaville"] = "cg",
        ["congo-kinshasa"] = "cd",
        ["kosovo"] = "xk",
        ["sao-tome-and-principe"] = "st",
        ["abkhazia"] = null,
        ["artsakh"] = null,
        ["donetsk"] = null,
        ["luhansk"] = null,
        ["northern-cyprus"] = null,
        ["northern-ireland"] = null,
        ["scotland"] = null,
        ["wales"] = null,
        ["somaliland"] = null,
        ["south-ossetia"] = null,
        ["transnistria"] = null,
        ["european-union"] = null,
        ["world"] = null,
    };

    /// <inheritdoc />
    public string Format => "peppercat-leaders";

    /// <inheritdoc />
    public string Description => "Wikidata P39 spells of heads of state/government and foreign ministers (Peppercat leaders-historic/*.csv folder)";

    /// <inheritdoc />
    public ImportResult Import(ImportSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var result = new ImportResult();
        var folder = Directory.Exists(Path.Combine(source.Path, "leaders-historic")) ? Path.Combine(source.Path, "leaders-historic") : source.Path;
        if (!Directory.Exists(folder))
        {
            result.Problem(source.Path, 0, "not a folder of leaders-historic/<country>.csv files");
            return result;
        }

        var asOf = KbDate.Parse(SnapshotDate);
        var spells = new Dictionary<string, Spell>(StringComparer.Ordinal);
        var order = new List<string>();
        int otherPosts = 0, otherCatalogs = 0;
        foreach (var path in Directory.EnumerateFiles(folder, "*.csv").Order(StringComparer.Ordinal))
        {
            var slug = Path.GetFileNameWithoutExtension(path);
            if (CsvTable.Read(path, result) is not { } table)
            {
                continue;
            }

            foreach (var row in table.Rows)
            {
                var catalog = table.Get(row, "catalog");
                var code = CatalogCodes.TryGetValue(slug, out var mapped) ? mapped : CountryCodes.FromName(catalog) ?? CountryCodes.FromName(slug.Replace('-', ' '));
                if (code is null)
                {
                    otherCatalogs++;
                    continue;
                }

                var label = table.Get(row, "position");
                if (PeppercatRoles.Classify(label, code, catalog) is not { } role)
                {
                    otherPosts++;
                    continue;
                }

                var qid = table.Get(row, "personid");
                if (!IsQid(qid))
                {
                    result.Problem(path, row.Line, $"personID '{qid}' is not a Wikidata id; row skipped");
                    continue;
                }

                var spell = new Spell(code, role, label, qid, table.Get(row, "person"), RowDates.Parse(table.Get(row, "start"), "start", result, path, row.Line),
                    RowDates.Parse(table.Get(row, "end"), "end", result, path, row.Line), table.Get(row, "dob"), table.Get(row, "gender"), catalog);
                // Wikidata often states one spell several times (per cabinet, or once without its end): one term per
                // holder, post and start, keeping the latest end (open counts as latest: it was still open in 2023).
                var key = $"{qid}|{spell.Post}|{spell.Start?.ToString() ?? "?" + spell.End}";
                if (spells.TryGetValue(key, out var seen))
                {
                    if (seen.End is not null && (spell.End is null || spell.End.Value.Latest > seen.End.Value.Latest))
                    {
                        spells[key] = seen with { End = spell.End };
                    }

                    continue;
                }

                spells[key] = spell;
                order.Add(key);
            }
        }

        var joined = JoinConsecutive(order.Select(k => spells[k]).ToList(), out var joins);
        var posts = new HashSet<string>(StringComparer.Ordinal);
        var people = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (s, parts) in joined)
        {
            var last = parts.Any(p => p.End is null) ? null : parts.MaxBy(p => p.End!.Value.Latest)!.End;
            var url = $"https://www.wikidata.org/wiki/{s.Qid}";
            var cite = new Citation(source.Publisher, url, $"{s.Qid} P39 \"{s.Label}\" ({s.Catalog}) {s.Start?.ToString() ?? "?"}", source.Retrieved ?? SnapshotDate);
            if (posts.Add(s.Post))
            {
                var country = CountryCodes.NameOf(s.Country) ?? s.Catalog;
                var name = s.Role switch
                {
                    "head_of_state" => $"Head of state of {country}",
                    "head_of_government" => $"Head of government of {country}",
                    _ => $"Foreign minister of {country}",
                };
                result.Entities.Add(new KbEntityBuilder(Schemas.Position, s.Post).Add(Props.Name, name).Add(Props.Country, s.Country).Add(Props.Role, s.Role)
                    .Add(Props.Topics, s.Role == "foreign_minister" ? "gov.executive" : "gov.head").Add(Props.Topics, "gov.national")
                    .Add(Props.Topics, s.Role == "foreign_minister" ? "role.diplo" : null)
                    .Cite(cite with { Url = "https://www.wikidata.org/wiki/Property:P39", Record = $"P39 \"{s.Label}\" ({s.Catalog})" }).Build());
            }

            if (people.Add(s.Qid))
            {
                var birth = KbDate.TryParse(s.Birth, out var b) ? b : (KbDate?)null;
                result.Entities.Add(new KbEntityBuilder(Schemas.Person, s.Qid).Add(Props.Name, s.Name.Length > 0 && !IsQid(s.Name) ? s.Name : null)
                    .Add(Props.WikidataId, s.Qid).Add(Props.Country, s.Country).Add(Props.BirthDate, birth).Add(Props.Gender, s.Gender)
                    .Cite(cite with { Record = $"{s.Qid}" }).Build());
            }

            var term = new KbEntityBuilder(Schemas.Occupancy, $"occ:{s.Qid}:{s.Post}:{s.Start?.ToString() ?? "?" + s.End}")
                .Add(Props.Holder, s.Qid).Add(Props.Post, s.Post).Add(Props.StartDate, s.Start).Add(Props.EndDate, last)
                .Add(Props.Status, last is null ? "unknown" : "ended")
                .Add(Props.AsOf, last is null ? asOf : null)
                .AddAll(Props.Description, parts.Select(p => p.Label))
                .Add(Props.Notes, parts.Count > 1 ? $"{parts.Count} consecutive Wikidata statements (one per cabinet) joined into one term" : null);
            foreach (var part in parts)
            {
                term.Cite(cite with { Record = $"{part.Qid} P39 \"{part.Label}\" ({part.Catalog}) {part.Start?.ToString() ?? "?"}" });
            }

            result.Entities.Add(term.Build());
        }

        result.Notes.Add(string.Create(CultureInfo.InvariantCulture,
            $"{order.Count} spells ({joins} joined to the one before) of {people.Count} people in {posts.Count} posts; {otherPosts} rows of other posts and {otherCatalogs} rows of regions or unrecognised states left out"));
        return result;
    }

    /// <summary>
    /// Wikidata often splits one spell per cabinet (Fabius: four statements 2012–2016). Spells of one holder in one
    /// post where the next starts by the day after the previous ends (both known) become one term.
    /// </summary>
    private static List<(Spell First, List<Spell> Parts)> JoinConsecutive(List<Spell> spells, out int joins)
    {
        joins = 0;
        var result = new List<(Spell, List<Spell>)>();
        foreach (var group in spells.GroupBy(s => (s.Qid, s.Post)))
        {
            List<Spell>? current = null;
            KbDate? end = null;
            foreach (var s in group.OrderBy(s => s.Start?.Earliest ?? DateOnly.MinValue))
            {
                if (current is not null && end is { } e && s.Start is { } start && current[0].Start is not null
                    && start.Earliest <= e.Latest.AddDays(1))
                {
                    current.Add(s);
                    end = s.End is not { } next ? null : next.Latest > e.Latest ? next : e;
                    joins++;
                    continue;
                }

                current = [s];
                end = s.End;
                result.Add((s, current));
            }
        }

        return result;
    }

    private static bool IsQid(string text) =>
        text.Length > 1 && text[0] == 'Q' && text.AsSpan(1).IndexOfAnyExceptInRange('0', '9') < 0;

    private sealed record Spell(string Country, string Role, string Label, string Qid, string Name, KbDate? Start, KbDate? End, string Birth, string Gender, string Catalog)
    {
        public string Post => $"{Country}-{Role.Replace('_', '-')}";
    }
}
