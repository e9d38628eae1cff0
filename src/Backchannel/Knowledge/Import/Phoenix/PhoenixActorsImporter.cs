using System.Globalization;
using System.Text.RegularExpressions;
using Backchannel.Knowledge.Import.Countries;
using Backchannel.Knowledge.Model;

namespace Backchannel.Knowledge.Import.Phoenix;

/// <summary>
/// TABARI actor dictionaries (Phoenix.*.actors.txt, CAMEO.*.actors.txt; MIT, Open Event Data Alliance). An actor is a
/// name line (UNDERSCORE_JOINED), <c>+SYNONYM</c> lines and <c>[CODE dates]</c> codes, with <c>#</c> comments. Actors
/// with dated codes are people (<c>phoenix:&lt;NAME&gt;</c>) holding <c>cameo:&lt;CODE&gt;</c> positions over those dates;
/// in the country dictionary (a file named *Countries*), an actor whose only code is a bare country code names that country (its name line becomes a Country alias, its
/// synonyms — capitals, regions, misspellings — weak aliases). Actors with only undated group codes cannot be told
/// apart from people, so they are counted and left out.
/// </summary>
public sealed partial class PhoenixActorsImporter : IKbImporter
{
    /// <inheritdoc />
    public string Format => "phoenix";

    /// <inheritdoc />
    public string Description => "TABARI/Phoenix actor dictionary (.actors.txt): people with dated CAMEO codes, country names";

    /// <inheritdoc />
    public ImportResult Import(ImportSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var result = new ImportResult();
        List<string> lines;
        using (var reader = SourceFile.Open(source.Path, result))
        {
            if (reader is null)
            {
                return result;
            }

            lines = [];
            while (reader.ReadLine() is { } line)
            {
                lines.Add(line);
            }
        }

        var file = Path.GetFileName(source.Path);
        // Only the country dictionary uses bare three-letter codes for countries; the ethnic and religious group
        // dictionaries use the same shape for groups ("KUR"), which must not become country names.
        var countryFile = file.Contains("Countries", StringComparison.OrdinalIgnoreCase);
        var posts = new HashSet<string>(StringComparer.Ordinal);
        int people = 0, countries = 0, undated = 0;
        foreach (var actor in Actors(lines, source.Path, result))
        {
            var cite = SourceFile.Cite(source, $"{file} line {actor.Line}");
            var dated = actor.Codes.Where(c => c.Dated).ToList();
            if (countryFile && CountryOf(actor) is { } code)
            {
                // A country (also one whose code changed over time: "UKRAINE_ [USRUKR <910824] … [UKR >911221]") is a
                // place, not a person. Its name is a full alias only when it has no other code (else a historic form).
                countries++;
                result.Entities.Add(new KbEntityBuilder(Schemas.Country, CountriesImporter.IdPrefix + code)
                    .Add(Props.Code, code).Add(actor.Codes.Count == 1 ? Props.Alias : Props.WeakAlias, Display(actor.Name))
                    .AddAll(Props.WeakAlias, actor.Synonyms.Select(Display)).Cite(cite).Build());
            }
            else if (dated.Count > 0)
            {
                people++;
                AddPerson(actor, dated, cite, posts, result);
            }
            else
            {
                undated++;
            }
        }

        result.Notes.Add(string.Create(CultureInfo.InvariantCulture,
            $"{people} people with dated codes, {countries} country names, {undated} actors with only undated group codes left out"));
        return result;
    }

    /// <summary>"VLADIMIR_V._PUTIN_" → "Vladimir V. Putin".</summary>
    public static string Display(string key)
    {
        var chars = key.Trim('_').Replace('_', ' ').ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var wordStart = i == 0 || chars[i - 1] is ' ' or '-' or '(';
            chars[i] = wordStart ? char.ToUpperInvariant(chars[i]) : char.ToLowerInvariant(chars[i]);
        }

        return new string(chars);
    }

    /// <summary>
    /// The country an actor of the country dictionary names: its bare three-letter country code that is current (open
    /// or undated), else none. Codes with a sector ("UKRGOV") are people's.
    /// </summary>
    private static string? CountryOf(PhoenixActor actor)
    {
        var bare = actor.Codes.Where(c => c.Code.Length == 3 && CountryCodes.FromAlpha3(c.Code) is not null).ToList();
        if (bare.Count == 0 || actor.Codes.Any(c => c.Code.Length > 3 && c.Code.EndsWith("ELI", StringComparison.Ordinal)))
        {
            return null;
        }

        return bare.FirstOrDefault(c => c.End is null) is { } current ? CountryCodes.FromAlpha3(current.Code) : null;
    }

    private static void AddPerson(PhoenixActor actor, List<CameoCode> dated, Citation cite, HashSet<string> posts, ImportResult result)
    {
        var id = $"phoenix:{actor.Name.Trim('_')}";
        var countryCodes = dated.Select(c => c.Code.Length >= 3 ? CountryCodes.FromAlpha3(c.Code[..3]) : null).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        result.Entities.Add(new KbEntityBuilder(Schemas.Person, id).Add(Props.Name, Display(actor.Name))
            .AddAll(Props.Alias, actor.Synonyms.Select(Display)).AddAll(Props.Country, countryCodes)
            .AddAll(Props.Notes, actor.Codes.Where(c => !c.Dated).Select(c => $"CAMEO {c.Code} (undated)"))
            .Cite(cite).Build());
        foreach (var code in dated)
        {
            var post = $"cameo:{code.Code}";
            if (posts.Add(post))
            {
                var country = code.Code.Length >= 3 ? CountryCodes.FromAlpha3(code.Code[..3]) : null;
                result.Entities.Add(new KbEntityBuilder(Schemas.Position, post).Add(Props.Name, $"{string.Join(' ', CodeParts().Matches(code.Code).Select(m => m.Value))} (CAMEO)")
                    .Add(Props.Country, country).Add(Props.Role, "other").Add(Props.Notes, "CAMEO actor code; the dictionary gives no finer post")
                    .Cite(cite).Build());
            }

            var from = code.Start?.ToString() ?? "<" + code.End;
            result.Entities.Add(new KbEntityBuilder(Schemas.Occupancy, $"occ:{id}:{post}:{from}")
                .Add(Props.Holder, id).Add(Props.Post, post).Add(Props.StartDate, code.Start).Add(Props.EndDate, code.End)
                .Add(Props.Status, code.End is null ? "unknown" : "ended")
                .Add(Props.Notes, code.End is null ? "open-ended in a dictionary of January 2014" : null)
                .Add(Props.Notes, code.StartIsPlaceholder ? "in office by January 2003 (the first CIA World Leaders report the dictionary draws on); start unknown" : null)
                .Cite(cite).Build());
        }
    }

    /// <summary>Splits the file into actors; codes and synonyms belong to the name line above them.</summary>
    private static IEnumerable<PhoenixActor> Actors(List<string> lines, string path, ImportResult result)
    {
        PhoenixActor? current = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i];
            var hash = text.IndexOf('#', StringComparison.Ordinal);
            if (hash >= 0)
            {
                text = text[..hash];
            }

            if (text.Trim().Length == 0)
            {
                continue;
            }

            var bracket = text.IndexOf('[', StringComparison.Ordinal);
            var head = (bracket >= 0 ? text[..bracket] : text).Trim();
            if (head.StartsWith('+'))
            {
                if (current is null)
                {
                    result.Problem(path, i + 1, "synonym before any actor name; skipped");
                }
                else if (head.Length > 1)
                {
                    current.Synonyms.Add(head[1..].Trim());
                }
            }
            else if (head.Length > 0)
            {
                if (current is not null)
                {
                    yield return current;
                }

                current = new PhoenixActor(head, i + 1);
            }

            if (bracket < 0)
            {
                continue;
            }

            if (current is null)
            {
                result.Problem(path, i + 1, "code before any actor name; skipped");
                continue;
            }

            foreach (Match m in Bracketed().Matches(text))
            {
                if (CameoCode.Parse(m.Groups[1].Value, out var reason) is { } code)
                {
                    current.Codes.Add(code);
                }
                else
                {
                    result.Problem(path, i + 1, $"{reason}; the code is dropped");
                }
            }
        }

        if (current is not null)
        {
            yield return current;
        }
    }

    [GeneratedRegex(@"\[([^\]]*)\]", RegexOptions.CultureInvariant)]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"[A-Z0-9]{1,3}", RegexOptions.CultureInvariant)]
    private static partial Regex CodeParts();

    private sealed record PhoenixActor(string Name, int Line)
    {
        public List<string> Synonyms { get; } = [];

        public List<CameoCode> Codes { get; } = [];
    }
}
