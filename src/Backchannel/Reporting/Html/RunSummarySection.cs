using System.Globalization;

namespace Backchannel.Reporting.Html;

/// <summary>
/// The "Last run" block: what the run that wrote this report read, added, skipped and refused, with each problem's
/// code, file and hint. Its counts are the last run's only; the rest of the report covers the whole store.
/// </summary>
internal static class RunSummarySection
{
    public const string Id = "sec-run";

    /// <summary>One line for the overview, saying whose counts these are.</summary>
    public static string Line(RunSummary run)
    {
        var warnings = run.Problems.Count(p => p.IsWarning);
        return string.Create(CultureInfo.InvariantCulture,
            $"Last run: {run.Inputs} inputs read, {run.Added} added, {run.Duplicates} already stored, {run.Failed} failed, {warnings} warnings. Every other figure in this report covers the whole store.");
    }

    public static void Write(HtmlWriter html, RunSummary run)
    {
        var errors = run.Problems.Count(p => !p.IsWarning);
        PageShell.OpenFold(html, Id, "Last run", open: errors > 0, hint: run.Problems.IsEmpty ? "no problems" : $"{run.Problems.Length} problems");
        html.Element("p", "What the analyze run that wrote this report did. The totals elsewhere are the store's.", "run-note")
            .Open("dl", "stats");
        Stat(html, "Inputs read (last run)", run.Inputs);
        Stat(html, "Added (last run)", run.Added);
        Stat(html, "Already stored (last run)", run.Duplicates);
        Stat(html, "Failed (last run)", run.Failed);
        html.Close("dl");

        if (!run.Problems.IsEmpty)
        {
            html.Open("table", "problems").Markup("<thead><tr><th>Code</th><th>Severity</th><th>File</th><th>Problem</th><th>What to do</th></tr></thead><tbody>");
            foreach (var problem in run.Problems)
            {
                html.Open("tr", problem.IsWarning ? "warning" : "error")
                    .Element("td", problem.Code, "code")
                    .Element("td", problem.IsWarning ? "warning" : "error")
                    .Element("td", problem.Path, "path")
                    .Element("td", problem.Message)
                    .Element("td", problem.Hint)
                    .Close("tr");
            }

            html.Markup("</tbody>").Close("table");
        }

        PageShell.CloseFold(html);
    }

    private static void Stat(HtmlWriter html, string label, int value)
        => html.Open("div").Element("dt", label).Element("dd", value.ToString(CultureInfo.InvariantCulture)).Close("div");
}
