using Backchannel.Knowledge.Model;

namespace Backchannel.Knowledge.Import.Countries;

/// <summary>
/// Reads <c>data/kb/sources/countries/countries.tsv</c> (code, code3, name, aliases, demonyms, un_member) into Country entities
/// with id <c>country:&lt;code&gt;</c>. Other facts refer to countries by the lower-case alpha-2 code.
/// </summary>
public sealed class CountriesImporter : IKbImporter
{
    /// <summary>The id prefix of country entities.</summary>
    public const string IdPrefix = "country:";

    /// <inheritdoc />
    public string Format => "countries";

    /// <inheritdoc />
    public string Description => "Countries TSV: code, code3, name, aliases, demonyms, un_member (tools/kb/countries.mjs)";

    /// <inheritdoc />
    public ImportResult Import(ImportSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var result = new ImportResult();
        string[] lines;
        try
        {
            lines = File.ReadAllLines(source.Path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            result.Problem(source.Path, 0, $"cannot read the file: {ex.Message}");
            return result;
        }

        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }

            var cells = lines[i].Split('\t');
            if (cells.Length < 3 || cells[0].Length != 2 || cells[2].Length == 0)
            {
                result.Problem(source.Path, i + 1, "expected code (2 letters), code3, name, aliases, demonyms separated by tabs");
                continue;
            }

            var code = cells[0].ToLowerInvariant();
            var builder = new KbEntityBuilder(Schemas.Country, IdPrefix + code)
                .Add(Props.Name, cells[2])
                .Add(Props.Code, code)
                .Add(Props.Code3, cells[1])
                .Add(Props.Country, code)
                .Cite(new Citation(source.Publisher, source.Url, $"line {i + 1}", source.Retrieved));
            builder.AddAll(Props.Alias, Split(cells, 3));
            builder.AddAll(Props.Demonym, Split(cells, 4));
            builder.Add(Props.UnMember, cells.Length > 5 && cells[5].Trim() == "yes" ? "yes" : null);
            result.Entities.Add(builder.Build());
        }

        return result;
    }

    private static IEnumerable<string> Split(string[] cells, int index) =>
        index < cells.Length ? cells[index].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
}
