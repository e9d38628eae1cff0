namespace Backchannel.Reporting.Html;

/// <summary>The "This run" block: what was added, skipped and refused, with each problem's code, file and hint.</summary>
internal static class RunSummarySection
{
    public static void Write(HtmlWriter html, RunSummary run)
    {
        html.Open("section", "section", ("id", "sec-run"))
            .Element("h2", "This run")
            .Open("dl", "stats");
        Stat(html, "Inputs read", run.Inputs);
        Stat(html, "Added", run.Added);
        Stat(html, "Already stored", run.Duplicates);
        Stat(html, "Failed", run.Failed);
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

        html.Close("section");
    }

    private static void Stat(HtmlWriter html, string label, int value)
        => html.Element("dt", label).Element("dd", value.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
