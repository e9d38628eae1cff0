using System.Globalization;
using Backchannel.Knowledge.Import;
using Backchannel.Knowledge.Model;

namespace Backchannel.Cli.Commands.Kb;

/// <summary>The counts and problems <c>kb import</c> and <c>kb build</c> print, as plain lines (greppable, never wrapped).</summary>
internal static class KbImportSummary
{
    /// <summary>How many problems are listed before the rest are only counted.</summary>
    public const int ShownProblems = 20;

    public static void Counts(TextWriter output, IEnumerable<KbEntity> entities, string indent = "")
    {
        foreach (var group in entities.GroupBy(e => e.Schema, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{indent}{group.Key,-14} {group.Count(),8}"));
        }
    }

    public static void Problems(TextWriter output, IReadOnlyCollection<ImportProblem> problems)
    {
        if (problems.Count == 0)
        {
            output.WriteLine("problems: none");
            return;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"problems: {problems.Count} row(s) skipped or trimmed"));
        foreach (var problem in problems.Take(ShownProblems))
        {
            output.WriteLine($"  {problem}");
        }

        if (problems.Count > ShownProblems)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  … and {problems.Count - ShownProblems} more"));
        }
    }
}
