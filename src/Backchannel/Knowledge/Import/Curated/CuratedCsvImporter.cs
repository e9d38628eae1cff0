using Backchannel.Knowledge.Model;
using Backchannel.Knowledge.Names;

namespace Backchannel.Knowledge.Import.Curated;

/// <summary>
/// The curated CSV folder: persons, organizations, positions, occupancies, relationships, sanctions and aliases
/// (.csv each, all optional), read by header name. Each row cites its own <c>source</c>/<c>url</c>/<c>retrieved</c>
/// (falling back to the manifest's) and its file and line. A value ending in "?" is a guess the curator flagged: it is
/// dropped and reported.
/// </summary>
public sealed class CuratedCsvImporter : IKbImporter
{
    // International bodies the curated facts anchor posts to, like countries ("eu-high-representative").
    private static readonly string[] Bodies = ["eu", "nato", "un"];

    // The month the occupancies' status column is stated for (its header: status_as_of_2026_01).
    private static readonly KbDate StatusMonth = KbDate.Parse("2026-01");

    private static readonly string[] Files = ["persons", "organizations", "positions", "occupancies", "relationships", "sanctions", "aliases"];

    /// <inheritdoc />
    public string Format => "curated";

    /// <inheritdoc />
    public string Description => "Curated CSV folder (persons, organizations, positions, occupancies, relationships, sanctions, aliases)";

    /// <inheritdoc />
    public ImportResult Import(ImportSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var result = new ImportResult();
        if (!Directory.Exists(source.Path))
        {
            result.Problem(source.Path, 0, "not a folder of curated CSV files");
            return result;
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in Files)
        {
            var path = Path.Combine(source.Path, name + ".csv");
            if (!File.Exists(path) || CsvTable.Read(path, result) is not { } table)
            {
                continue;
            }

            var reader = new CuratedRows(source, table, result, ids);
            foreach (var row in table.Rows)
            {
                reader.Read(name, row);
            }
        }

        return result;
    }

    /// <summary>One file's rows, turned into entities.</summary>
    private sealed class CuratedRows(ImportSource source, CsvTable table, ImportResult result, HashSet<string> ids)
    {
        private readonly string file = Path.GetFileName(table.Path);

        public void Read(string kind, CsvRecord row)
        {
            var entity = kind switch
            {
                "persons" => Person(row),
                "organizations" => Organization(row),
                "positions" => Position(row),
                "occupancies" => Occupancy(row),
                "relationships" => Relationship(row),
                "sanctions" => Sanction(row),
                _ => Alias(row),
            };
            if (entity is not null)
            {
                result.Entities.Add(entity.Build());
            }
        }

        private KbEntityBuilder? Person(CsvRecord row)
        {
            if (Start(row, Schemas.Person, Required(row, "id"), Required(row, "name")) is not { } b)
            {
                return null;
            }

            b.Add(Props.WikidataId, Certain(row, "wikidata_id"));
            b.Add(Props.BirthDate, Date(row, "birth_date"));
            b.AddAll(Props.Nationality, Countries(row, "nationality"));
            return b;
        }

        private KbEntityBuilder? Organization(CsvRecord row)
        {
            if (Start(row, Schemas.Organization, Required(row, "id"), Required(row, "name")) is not { } b)
            {
                return null;
            }

            b.Add(Props.WikidataId, Certain(row, "wikidata_id"));
            b.AddAll(Props.Country, Countries(row, "country"));
            b.Add(Props.Description, table.Get(row, "type"));
            return b;
        }

        private KbEntityBuilder? Position(CsvRecord row)
        {
            if (Start(row, Schemas.Position, Required(row, "id"), Required(row, "name")) is not { } b)
            {
                return null;
            }

            b.AddAll(Props.Country, Countries(row, "country"));
            b.Add(Props.Organization, Certain(row, "organization"));
            b.AddAll(Props.Topics, List(table.Get(row, "topics")));
            b.Add(Props.Role, Certain(row, "role"));
            return b;
        }

        private KbEntityBuilder? Occupancy(CsvRecord row)
        {
            var holder = Required(row, "holder");
            var post = Required(row, "post");
            if (holder is null || post is null)
            {
                return null;
            }

            var start = Date(row, "start_date");
            var end = Date(row, "end_date");
            var b = Cited(row, new KbEntityBuilder(Schemas.Occupancy, UniqueId($"occ:{holder}:{post}:{start?.ToString() ?? "?"}", row)))
                .Add(Props.Holder, holder).Add(Props.Post, post).Add(Props.StartDate, start).Add(Props.EndDate, end)
                .Add(Props.Status, table.Get(row, "status", "status_as_of_2026_01"));
            Flag(b, row, "end_is_scheduled", Props.EndIsScheduled);
            Flag(b, row, "acting", Props.Acting);
            // An open term is known to hold as of the status column's date: an `as_of` cell, else the month the
            // header names (status_as_of_2026_01). After it the record cannot tell.
            var status = table.Get(row, "status", "status_as_of_2026_01");
            if (end is null && status != "ended")
            {
                b.Add(Props.AsOf, Date(row, "as_of") ?? (table.Has("status_as_of_2026_01") ? StatusMonth : null));
            }

            return b;
        }

        private KbEntityBuilder? Relationship(CsvRecord row)
        {
            var schema = table.Get(row, "schema");
            var person = Required(row, "person");
            var other = Required(row, "relative_or_associate");
            if (person is null || other is null)
            {
                return null;
            }

            if (schema is not (Schemas.Family or Schemas.Associate))
            {
                result.Problem(table.Path, row.Line, $"schema '{schema}' is neither Family nor Associate; row skipped");
                return null;
            }

            var relationship = table.Get(row, "relationship");
            return Cited(row, new KbEntityBuilder(schema, UniqueId($"{schema.ToLowerInvariant()}:{person}:{other}", row)))
                .Add(Props.Person, person).Add(schema == Schemas.Family ? Props.Relative : Props.Associate, other)
                .Add(Props.Relationship, relationship)
                .Add(Props.StartDate, Date(row, "start_date")).Add(Props.EndDate, Date(row, "end_date"));
        }

        private KbEntityBuilder? Sanction(CsvRecord row)
        {
            var entity = Required(row, "entity");
            var authority = Required(row, "authority");
            if (entity is null || authority is null)
            {
                return null;
            }

            var listed = Date(row, "listing_date");
            var b = Cited(row, new KbEntityBuilder(Schemas.Sanction, UniqueId($"san:{entity}:{NameKey.Exact(authority).Replace(' ', '-')}:{listed?.ToString() ?? "?"}", row)))
                .Add(Props.Entity, entity).Add(Props.Authority, authority).Add(Props.Program, table.Get(row, "program"))
                .Add(Props.AuthorityId, Certain(row, "authority_id")).Add(Props.ListingDate, listed)
                .Add(Props.Status, table.Get(row, "status"));
            if (table.Get(row, "date_precision") is { Length: > 0 } precision)
            {
                b.Add(Props.Notes, $"listing date precision: {precision}");
            }

            return b;
        }

        private KbEntityBuilder? Alias(CsvRecord row)
        {
            var entity = Required(row, "entity");
            var alias = Required(row, "alias");
            if (entity is null || alias is null)
            {
                return null;
            }

            var kind = table.Get(row, "kind");
            return Cited(row, new KbEntityBuilder(Schemas.NameAlias, UniqueId($"alias:{entity}:{NameKey.Exact(alias).Replace(' ', '-')}", row)))
                .Add(Props.Entity, entity).Add(Props.Name, alias).Add(Props.Kind, kind.Length > 0 ? kind : "name")
                .Add(Props.StartDate, Date(row, "valid_from")).Add(Props.EndDate, Date(row, "valid_to"));
        }

        private KbEntityBuilder? Start(CsvRecord row, string schema, string? id, string? name)
        {
            if (id is null || name is null)
            {
                return null;
            }

            if (!ids.Add(id))
            {
                result.Problem(table.Path, row.Line, $"id '{id}' appears twice; the second row is merged into the first");
            }

            return Cited(row, new KbEntityBuilder(schema, id)).Add(Props.Name, name).AddAll(Props.Alias, List(table.Get(row, "aliases")));
        }

        private KbEntityBuilder Cited(CsvRecord row, KbEntityBuilder builder)
        {
            var publisher = table.Get(row, "source");
            var url = table.Get(row, "url");
            var retrieved = table.Get(row, "retrieved");
            return builder.Add(Props.Notes, table.Get(row, "note")).Cite(new Citation(
                publisher.Length > 0 ? publisher : source.Publisher,
                url.Length > 0 ? url : source.Url,
                $"{file} line {row.Line}",
                retrieved.Length > 0 ? retrieved : source.Retrieved));
        }

        /// <summary>The fact id, or — when another row already made the same id — the id plus this row's place.</summary>
        private string UniqueId(string id, CsvRecord row)
        {
            if (ids.Add(id))
            {
                return id;
            }

            id = $"{id}:{file}-{row.Line}";
            ids.Add(id);
            return id;
        }

        private string? Required(CsvRecord row, string column)
        {
            var value = Certain(row, column);
            if (value.Length == 0)
            {
                result.Problem(table.Path, row.Line, table.Has(column) ? $"{column} is empty; row skipped" : $"no '{column}' column; row skipped");
                return null;
            }

            return value;
        }

        /// <summary>The cell, or "" when the curator marked it uncertain with a trailing "?" (reported).</summary>
        private string Certain(CsvRecord row, string column)
        {
            var value = table.Get(row, column);
            if (value.EndsWith('?'))
            {
                result.Problem(table.Path, row.Line, $"{column} '{value}' is marked uncertain; the value is dropped");
                return "";
            }

            return value;
        }

        private KbDate? Date(CsvRecord row, string column) =>
            RowDates.Parse(Certain(row, column), column, result, table.Path, row.Line);

        private IEnumerable<string> Countries(CsvRecord row, string column)
        {
            foreach (var value in List(Certain(row, column)))
            {
                var code = value.Length == 2 || Bodies.Contains(value.ToLowerInvariant()) ? value.ToLowerInvariant() : value.Length == 3 ? CountryCodes.FromAlpha3(value) : CountryCodes.FromName(value);
                if (code is not null && (CountryCodes.IsAlpha2(code) || Bodies.Contains(code)))
                {
                    yield return code;
                }
                else
                {
                    result.Problem(table.Path, row.Line, $"{column} '{value}' is not a known country; dropped");
                }
            }
        }

        private void Flag(KbEntityBuilder builder, CsvRecord row, string column, string property)
        {
            var value = table.Get(row, column);
            if (value is "yes" or "true")
            {
                builder.Add(property, "yes");
            }
            else if (value is not ("" or "no" or "false"))
            {
                result.Problem(table.Path, row.Line, $"{column} '{value}' is not yes or no; taken as no");
            }
        }

        private static IEnumerable<string> List(string cell) =>
            cell.Split(['|', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}
