using System.CommandLine;
using System.Globalization;
using Backchannel.Knowledge;
using Backchannel.Knowledge.Model;
using Backchannel.Knowledge.Roles;

namespace Backchannel.Cli.Commands.Kb;

/// <summary><c>backchannel kb stats</c>: what the record holds, how well it covers a date, and whether every fact is cited.</summary>
internal static class KbStatsCommand
{
    private static readonly string[] CoverageRoles = ["head_of_state", "head_of_government", "foreign_minister"];

    public static Command Create()
    {
        var kbFile = KbQueryOptions.KbFile();
        var on = KbQueryOptions.On();
        var command = new Command("stats", "Counts by schema, coverage of heads of state and government on a date, uncited facts.") { kbFile, on };
        command.SetAction(parseResult =>
        {
            var terminal = GlobalOptions.TerminalFor(parseResult);
            var onText = parseResult.GetValue(on);
            if (!KbQueryOptions.TryDay(onText, out var day))
            {
                terminal.Problem(KbQueryOptions.BadDay(onText));
                return ExitCode.Usage;
            }

            var kb = KbQueryOptions.Load(parseResult.GetValue(kbFile));
            var output = Console.Out;
            foreach (var (schema, count) in kb.CountBySchema().OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{schema,-14} {count,8}"));
            }

            var countries = kb.Entities.Where(e => e.Schema == Schemas.Country).Select(e => e.First(Props.Code)).OfType<string>().ToHashSet(StringComparer.Ordinal);
            var resolver = new RoleResolver(kb);
            var date = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            foreach (var role in CoverageRoles)
            {
                var covered = countries.Count(code => Covered(kb, resolver, code, role, day));
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"countries with a {role} on record on {date}: {covered} of {countries.Count}"));
            }

            var uncited = kb.Entities.Count(e => e.Citations.IsEmpty);
            var dated = kb.Entities.Where(e => e.Schema == Schemas.Occupancy).Select(e => e.Date(Props.StartDate)).OfType<KbDate>().DefaultIfEmpty().Max();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"latest term start on record: {dated}"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"entities without a citation: {uncited} of {kb.Entities.Length}"));
            // A citation without a retrieval date is a fact nobody re-read from a stored copy (see data/kb/curated/README.md).
            var undated = kb.Entities.Count(e => !e.Citations.IsEmpty && e.Citations.All(c => c.Retrieved is null));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"entities whose citations lack a retrieval date: {undated} of {kb.Entities.Length}"));
            return uncited == 0 ? ExitCode.Success : ExitCode.PartialFailure;
        });
        return command;
    }

    private static bool Covered(KnowledgeBase kb, RoleResolver resolver, string code, string role, DateOnly day) =>
        resolver.Posts(new RolePhrase(code, role.Replace('_', ' '), [role], code, null, code, null, RoleModifiers.None))
            .Any(p => kb.HoldersOn(p.Id, day).Count > 0);
}
