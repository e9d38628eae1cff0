using System.Text.Json;
using Backchannel.Knowledge.Model;

namespace Backchannel.Knowledge.Import.CongressExecutive;

/// <summary>
/// US presidents and vice presidents from unitedstates/congress-legislators <c>executive.json</c> (the JSON build of
/// executive.yaml, same records). Person ids are the Wikidata QID when the file has one, else <c>bioguide:</c> or
/// <c>govtrack:</c> ids. The file writes a sitting officeholder's scheduled term end as a plain end date, so a term
/// ending after the retrieval date is "current" with <c>endIsScheduled</c>.
/// </summary>
public sealed class CongressExecutiveImporter : IKbImporter
{
    /// <summary>Post id of the US presidency.</summary>
    public const string President = "us-president";

    /// <summary>Post id of the US vice presidency.</summary>
    public const string VicePresident = "us-vice-president";

    /// <inheritdoc />
    public string Format => "congress-executive";

    /// <inheritdoc />
    public string Description => "US presidents and vice presidents (congress-legislators executive.json)";

    /// <inheritdoc />
    public ImportResult Import(ImportSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var result = new ImportResult();
        if (source.Path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || source.Path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
        {
            result.Problem(source.Path, 0, "YAML is not read; give executive.json (the same records, published beside it on the gh-pages branch)");
            return result;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllBytes(source.Path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            result.Problem(source.Path, 0, $"cannot read the file: {ex.Message}");
            return result;
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                result.Problem(source.Path, 0, "expected a JSON list of people");
                return result;
            }

            var today = KbDate.TryParse(source.Retrieved ?? "", out var retrieved) ? retrieved.Earliest : DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
            result.Entities.Add(Post(source, President, "President of the United States", "head_of_state"));
            result.Entities.Add(Post(source, VicePresident, "Vice President of the United States", "other"));
            var number = 0;
            foreach (var person in document.RootElement.EnumerateArray())
            {
                number++;
                ReadPerson(source, result, person, number, today);
            }
        }

        return result;
    }

    private static KbEntity Post(ImportSource source, string id, string name, string role) =>
        new KbEntityBuilder(Schemas.Position, id).Add(Props.Name, name).Add(Props.Country, "us").Add(Props.Role, role)
            .Add(Props.Topics, "gov.national").Add(Props.Topics, "gov.executive").Add(Props.Topics, role == "head_of_state" ? "gov.head" : null)
            .Cite(SourceFile.Cite(source, "term types prez/viceprez")).Build();

    private static void ReadPerson(ImportSource source, ImportResult result, JsonElement person, int number, DateOnly today)
    {
        var ids = Object(person, "id");
        var names = Object(person, "name");
        var wikidata = Text(ids, "wikidata");
        var id = wikidata is { Length: > 1 } ? wikidata
            : Text(ids, "bioguide") is { Length: > 0 } bioguide ? $"bioguide:{bioguide}"
            : Text(ids, "govtrack") is { Length: > 0 } govtrack ? $"govtrack:{govtrack}"
            : null;
        var first = Text(names, "first");
        var last = Text(names, "last");
        if (id is null || last is null)
        {
            result.Problem(source.Path, number, "person without an id or a last name; skipped");
            return;
        }

        var record = $"person {number} ({id})";
        var full = Text(names, "official_full") ?? string.Join(' ', new[] { first, Text(names, "middle"), last, Text(names, "suffix") }.Where(p => p is { Length: > 0 }));
        var builder = new KbEntityBuilder(Schemas.Person, id).Add(Props.Name, full)
            .Add(Props.Alias, $"{first} {last}").Add(Props.Alias, Text(ids, "wikipedia"))
            .Add(Props.Alias, Text(names, "nickname") is { } nick ? $"{nick} {last}" : null)
            .Add(Props.WikidataId, wikidata).Add(Props.Nationality, "us")
            .Add(Props.Gender, Text(Object(person, "bio"), "gender") switch { "M" => "male", "F" => "female", _ => null })
            .Add(Props.BirthDate, RowDates.Parse(Text(Object(person, "bio"), "birthday") ?? "", "birthday", result, source.Path, number))
            .Cite(SourceFile.Cite(source, record));
        result.Entities.Add(builder.Build());

        if (!person.TryGetProperty("terms", out var terms) || terms.ValueKind != JsonValueKind.Array)
        {
            result.Problem(source.Path, number, $"{id} has no terms");
            return;
        }

        var index = 0;
        foreach (var term in terms.EnumerateArray())
        {
            index++;
            var post = Text(term, "type") switch { "prez" => President, "viceprez" => VicePresident, _ => null };
            var start = RowDates.Parse(Text(term, "start") ?? "", "start", result, source.Path, number);
            var end = RowDates.Parse(Text(term, "end") ?? "", "end", result, source.Path, number);
            if (post is null || start is null)
            {
                result.Problem(source.Path, number, $"{id} term {index}: no known type (prez/viceprez) or no start; skipped");
                continue;
            }

            var scheduled = end is { } e && e.Earliest > today;
            result.Entities.Add(new KbEntityBuilder(Schemas.Occupancy, $"occ:{id}:{post}:{start}")
                .Add(Props.Holder, id).Add(Props.Post, post).Add(Props.StartDate, start).Add(Props.EndDate, end)
                .Add(Props.Status, end is null || scheduled ? "current" : "ended")
                .Add(Props.EndIsScheduled, scheduled ? "yes" : null)
                .Add(Props.Notes, Text(term, "how") is { } how ? $"took office by {how}" : null)
                .Cite(SourceFile.Cite(source, $"{record} term {index}"))
                .Build());
        }
    }

    private static JsonElement Object(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? value : default;

    private static string? Text(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var value))
        {
            return null;
        }

        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }
}
