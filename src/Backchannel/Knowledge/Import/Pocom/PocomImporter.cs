using System.Xml;
using System.Xml.Linq;
using Backchannel.Knowledge.Model;

namespace Backchannel.Knowledge.Import.Pocom;

/// <summary>
/// The State Department's Principal Officers and Chiefs of Mission (HistoryAtState/pocom): every
/// <c>positions-principals/*.xml</c> under the given folder, with names and birth years from
/// <c>people/&lt;letter&gt;/&lt;id&gt;.xml</c>. People are <c>pocom:&lt;person-id&gt;</c>; the Secretary of State post is
/// <c>us-secretary-of-state</c>, the others <c>us-state:&lt;position-id&gt;</c>.
/// </summary>
public sealed class PocomImporter : IKbImporter
{
    /// <summary>Post id of the Secretary of State.</summary>
    public const string SecretaryOfState = "us-secretary-of-state";

    /// <inheritdoc />
    public string Format => "pocom";

    /// <inheritdoc />
    public string Description => "US State Department principal officers (HistoryAtState pocom folder)";

    /// <inheritdoc />
    public ImportResult Import(ImportSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var result = new ImportResult();
        var positions = Path.Combine(source.Path, "positions-principals");
        if (!Directory.Exists(positions))
        {
            result.Problem(source.Path, 0, "no positions-principals folder here (give the pocom repository folder)");
            return result;
        }

        var people = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(positions, "*.xml").Order(StringComparer.Ordinal))
        {
            ReadPosition(source, result, file, people);
        }

        foreach (var person in people)
        {
            ReadPerson(source, result, person);
        }

        return result;
    }

    private static XDocument? Load(string file, ImportResult result)
    {
        try
        {
            return XDocument.Load(file, LoadOptions.SetLineInfo);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or XmlException)
        {
            result.Problem(file, ex is XmlException xml ? xml.LineNumber : 0, $"cannot read the file: {ex.Message}");
            return null;
        }
    }

    private static void ReadPosition(ImportSource source, ImportResult result, string file, SortedSet<string> people)
    {
        if (Load(file, result)?.Root is not { } root)
        {
            return;
        }

        var name = Path.GetFileName(file);
        var positionId = Child(root, "id") ?? Path.GetFileNameWithoutExtension(file);
        var post = positionId == "secretary" ? SecretaryOfState : $"us-state:{positionId}";
        var title = root.Element("names")?.Element("singular")?.Value.Trim();
        result.Entities.Add(new KbEntityBuilder(Schemas.Position, post)
            .Add(Props.Name, positionId == "secretary" ? "United States Secretary of State" : $"{title} (US Department of State)")
            .Add(Props.Alias, title)
            .Add(Props.Country, "us").Add(Props.Organization, "U.S. Department of State")
            .Add(Props.Role, positionId == "secretary" ? "foreign_minister" : "other")
            .Add(Props.Topics, "gov.national").Add(Props.Topics, "role.diplo")
            .Cite(SourceFile.Cite(source, $"positions-principals/{name}"))
            .Build());

        var principals = root.Element("principals")?.Elements("principal").ToList() ?? [];
        var ongoing = Child(root, "ongoing") == "true";
        for (var i = 0; i < principals.Count; i++)
        {
            var principal = principals[i];
            var line = ((IXmlLineInfo)principal).LineNumber;
            var personId = Child(principal, "person-id");
            if (personId is null)
            {
                result.Problem(file, line, "principal without a person-id; skipped");
                continue;
            }

            people.Add(personId);
            var recordId = Child(principal, "id") ?? $"line {line}";
            var start = RowDates.Parse(Child(principal.Element("started"), "date") ?? "", "started", result, file, line);
            var end = RowDates.Parse(Child(principal.Element("ended"), "date") ?? "", "ended", result, file, line);
            var appointed = RowDates.Parse(Child(principal.Element("appointed"), "date") ?? "", "appointed", result, file, line);
            // Only the last holder of a post that still exists can be in office; an older row without an end date is a gap.
            var status = end is not null ? "ended" : ongoing && i == principals.Count - 1 ? "current" : "unknown";
            var holder = $"pocom:{personId}";
            result.Entities.Add(new KbEntityBuilder(Schemas.Occupancy, $"occ:{holder}:{post}:{start?.ToString() ?? recordId}")
                .Add(Props.Holder, holder).Add(Props.Post, post).Add(Props.StartDate, start).Add(Props.EndDate, end)
                .Add(Props.Status, status)
                .Add(Props.Notes, appointed is { } a ? $"appointed {a}" : null)
                .Add(Props.Notes, Child(principal, "note"))
                .Cite(SourceFile.Cite(source, $"{name} {recordId}"))
                .Build());
        }
    }

    private static void ReadPerson(ImportSource source, ImportResult result, string personId)
    {
        var relative = $"people/{personId[..1]}/{personId}.xml";
        var file = Path.Combine(source.Path, "people", personId[..1], personId + ".xml");
        if (!File.Exists(file))
        {
            result.Problem(file, 0, $"no people file for {personId}; the person has no name in the KB");
            return;
        }

        if (Load(file, result)?.Root is not { } root)
        {
            return;
        }

        var names = root.Element("persName");
        var forename = Child(names, "forename");
        var surname = Child(names, "surname");
        if (surname is null)
        {
            result.Problem(file, 1, "no surname; person skipped");
            return;
        }

        var full = string.Join(' ', new[] { forename, surname }.Where(p => p is not null));
        var generation = Child(names, "genName");
        result.Entities.Add(new KbEntityBuilder(Schemas.Person, $"pocom:{personId}")
            .Add(Props.Name, generation is null ? full : $"{full} {generation}")
            .Add(Props.Alias, Child(names, "altname"))
            .Add(Props.Nationality, "us")
            .Add(Props.BirthDate, RowDates.Parse(Child(root, "birth") ?? "", "birth", result, file, 1))
            .Add(Props.DeathDate, RowDates.Parse(Child(root, "death") ?? "", "death", result, file, 1))
            .Cite(SourceFile.Cite(source, relative))
            .Build());
    }

    private static string? Child(XElement? element, string name) =>
        element?.Element(name)?.Value.Trim() is { Length: > 0 } value ? value : null;
}
