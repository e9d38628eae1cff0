using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.RegularExpressions;
using Backchannel.Errors;

namespace Backchannel.Cli;

/// <summary>
/// Turns System.CommandLine's parse errors into BC4001 errors that point at the right <c>--help</c>. A mistyped command
/// is one error with a suggestion, not the three System.CommandLine reports for it.
/// </summary>
internal static partial class ParseErrors
{
    public static IEnumerable<BackchannelError> Describe(ParseResult parseResult)
    {
        var command = parseResult.CommandResult.Command;
        var path = CommandPath(parseResult.CommandResult);
        var hint = $"Run '{path} --help' for usage.";
        var unmatched = parseResult.UnmatchedTokens;
        if (command.Subcommands.Count > 0 && unmatched.Count > 0 && !unmatched[0].StartsWith('-'))
        {
            var token = unmatched[0];
            var suggestion = Suggest(token, command.Subcommands.SelectMany(c => c.Aliases.Prepend(c.Name)));
            var message = $"'{token}' is not a command of '{path}'." + (suggestion is null ? "" : $" Did you mean '{suggestion}'?");
            yield return new BackchannelError(ErrorCode.BadOption, message, Hint: $"Run '{path} --help' to list its commands.");
            yield break;
        }

        var options = OptionNames(parseResult.CommandResult).ToList();
        foreach (var text in parseResult.Errors.Select(e => e.Message).Distinct(StringComparer.Ordinal))
        {
            // The quoted '-…' of "Unrecognized option '--jsn'" (a variadic argument may have taken it, so it need not
            // be among the unmatched tokens).
            var quoted = QuotedOption().Match(text);
            var unknown = quoted.Success ? quoted.Groups[1].Value : null;
            var suggestion = unknown is null ? null : Suggest(unknown, options);
            yield return new BackchannelError(ErrorCode.BadOption, text + (suggestion is null ? "" : $" Did you mean '{suggestion}'?"), Hint: hint);
        }
    }

    /// <summary>"backchannel eval dates": the command as typed, with its parents.</summary>
    internal static string CommandPath(CommandResult result)
    {
        var names = new List<string>();
        for (SymbolResult? current = result; current is not null; current = current.Parent)
        {
            if (current is CommandResult { Command: not RootCommand } commandResult)
            {
                names.Add(commandResult.Command.Name);
            }
        }

        names.Add("backchannel");
        names.Reverse();
        return string.Join(' ', names);
    }

    /// <summary>The closest of <paramref name="candidates"/> within two edits (a swap of neighbours is one), if any.</summary>
    internal static string? Suggest(string typed, IEnumerable<string> candidates)
        => candidates
            .Select(c => (Name: c, Distance: Distance(typed, c)))
            .Where(c => c.Distance <= Math.Min(2, Math.Max(1, typed.Length / 3)))
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => c.Name)
            .FirstOrDefault();

    [GeneratedRegex("^Unrecognized [^']*'(-[^']+)'")]
    private static partial Regex QuotedOption();

    private static IEnumerable<string> OptionNames(CommandResult result)
    {
        for (SymbolResult? current = result; current is not null; current = current.Parent)
        {
            if (current is CommandResult commandResult)
            {
                foreach (var option in commandResult.Command.Options.Where(o => current == result || o.Recursive))
                {
                    yield return option.Name;
                }
            }
        }
    }

    // Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours cost one.
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
