using System.CommandLine;
using System.Globalization;
using Backchannel.Knowledge.Model;

namespace Backchannel.Cli.Commands.Kb;

/// <summary><c>backchannel kb stats</c>: what the record holds, how well it covers a date, and whether every fact is cited.</summary>
internal static class KbStatsCommand
{
    public static Command Create()
    {
        var kbFile = KbQueryOptions.KbFile();
        var on = KbQueryOptions.On();
        var command = new Command("stats", "Counts by schema, coverage of heads of state, heads of government and foreign ministers of the UN member states on a date, uncited facts.") { kbFile, on };
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

            // Coverage per kind of post, out of the UN member states: "certain" when a term surely covers the day,
            // "uncertain" when the only answers are imprecise or past their source's as-of date.
            var members = KbCoverage.UnMembers(kb);
            var date = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"coverage on {date}, of {members.Count} UN member states:"));
            foreach (var role in KbCoverage.Roles)
            {
                var c = KbCoverage.On(kb, members, role, day);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {role,-20} {c.Certain + c.UncertainOnly,3} with a holder on record ({c.Certain} certain, {c.UncertainOnly} uncertain only), {c.None} none"));
            }

            var uncited = kb.Entities.Count(e => e.Citations.IsEmpty);
            var dated = kb.OfSchema(Schemas.Occupancy).Select(e => e.Date(Props.StartDate)).OfType<KbDate>().DefaultIfEmpty().Max();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"latest term start on record: {dated}"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"entities without a citation: {uncited} of {kb.Entities.Length}"));
            // A citation without a retrieval date is a fact nobody re-read from a stored copy (see data/kb/curated/README.md).
            var undated = kb.Entities.Count(e => !e.Citations.IsEmpty && e.Citations.All(c => c.Retrieved is null));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"entities whose citations lack a retrieval date: {undated} of {kb.Entities.Length}"));
            return uncited == 0 ? ExitCode.Success : ExitCode.PartialFailure;
        });
        return command;
    }
}
