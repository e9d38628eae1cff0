using System.CommandLine;
using Backchannel.Knowledge.Roles;

namespace Backchannel.Cli.Commands.Kb;

/// <summary><c>backchannel kb who "Ukraine's foreign minister" --on 2026-01-21</c>: the holder(s) on that day, with term and source.</summary>
internal static class KbWhoCommand
{
    public static Command Create()
    {
        var phrase = new Argument<string>("phrase") { Description = "A post or description: \"German Chancellor\", \"Ukraine's foreign minister\", \"the Kremlin spokesman\", \"Trump's son-in-law\"." };
        var on = KbQueryOptions.On();
        var kbFile = KbQueryOptions.KbFile();
        var command = new Command("who", "Who held a post (or fits a description) on a date, with the term and its source.") { phrase, on, kbFile };
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
            var resolver = new RoleResolver(kb);
            Backchannel.Diagnostics.LoadLog.Phase("kb who: resolver built");
            var text = parseResult.GetValue(phrase) ?? "";
            var answers = resolver.Who(text, day);
            Backchannel.Diagnostics.LoadLog.Phase("kb who: answered");
            if (answers.Count == 0)
            {
                Console.Out.WriteLine(Explain(resolver.Parser.Parse(text), day));
                return ExitCode.Success;
            }

            foreach (var answer in answers)
            {
                var what = answer.Position is { } post ? $"{post.Caption}, {answer.Term!.Term}{(answer.Term.Acting ? " (acting)" : "")}" : answer.Relation!.Relationship;
                // Plain lines, never wrapped: answers are read by people and by grep alike.
                Console.Out.WriteLine($"{answer.Holder.Caption} ({answer.Holder.Id})  {what}");
                Console.Out.WriteLine($"  {Certainty(answer)}");
                foreach (var citation in answer.Citations)
                {
                    Console.Out.WriteLine($"  source: {citation}");
                }
            }

            return ExitCode.Success;
        });
        return command;
    }

    private static string Certainty(RoleAnswer answer) => answer.Check.Certainty switch
    {
        Backchannel.Knowledge.Model.TermCertainty.Uncertain => $"uncertain on that day: {answer.Check.Reason}",
        Backchannel.Knowledge.Model.TermCertainty.StartedThatDay or Backchannel.Knowledge.Model.TermCertainty.EndedThatDay => $"handover day: {answer.Check.Reason}",
        _ => answer.Check.Reason,
    };

    /// <summary>Why nothing came back, in terms the user can act on.</summary>
    private static string Explain(RolePhrase parsed, DateOnly day)
    {
        var on = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        if (!parsed.IsRole)
        {
            return $"No post or description recognised in \"{parsed.Text}\". Try a title with a country or organisation, e.g. \"Ukraine's foreign minister\".";
        }

        if (parsed.Relationship is not null)
        {
            return parsed.AnchorId is null
                ? $"\"{parsed.AnchorText}\" is not one person in the record."
                : $"No {parsed.Relationship} of that person is on record on that date.";
        }

        return parsed.CountryCode is null && parsed.AnchorId is null
            ? $"\"{parsed.RoleWords}\" needs a country or organisation (\"{(parsed.AnchorText.Length > 0 ? parsed.AnchorText : "whose")}\" was not recognised)."
            : $"No holder of \"{parsed.RoleWords}\" for {parsed.CountryCode ?? parsed.AnchorId} is on record on {on}.";
    }
}
