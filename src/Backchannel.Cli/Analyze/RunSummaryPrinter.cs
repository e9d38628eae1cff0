using System.Globalization;
using Backchannel.Reporting;
using Spectre.Console;

namespace Backchannel.Cli.Analyze;

/// <summary>The closing terminal summary of an <c>analyze</c> run.</summary>
internal sealed class RunSummaryPrinter
{
    private readonly Terminal _terminal;

    public RunSummaryPrinter(Terminal terminal) => _terminal = terminal;

    public void Print(RunSummary summary, long storedDocuments, AnalyzeSettings settings, long undated = 0, bool storeKept = true)
    {
        if (_terminal.Quiet)
        {
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).AddColumn("Run").AddColumn(new TableColumn("Count").RightAligned());
        table.AddRow("Inputs read", Format(summary.Inputs));
        table.AddRow("[green]Added[/]", Format(summary.Added));
        table.AddRow("Already stored (not added again)", Format(summary.Duplicates));
        table.AddRow(summary.Failed > 0 ? "[red]Failed[/]" : "Failed", Format(summary.Failed));
        table.AddRow("Warnings", Format(summary.Problems.Count(p => p.IsWarning)));
        table.AddRow("[bold]Documents in store[/]", Format(storedDocuments));
        _terminal.Out.Write(table);
        _terminal.Out.MarkupLine(storeKept
            ? $"Store: [bold]{Terminal.Text(settings.DbPath)}[/]"
            : $"Nothing was stored, so no store was created at [bold]{Terminal.Text(settings.DbPath)}[/] and no report was written.");
        if (summary.Added == 0 && summary.Duplicates > 0)
        {
            _terminal.Out.MarkupLine("Nothing new: every document was already in the store.");
        }

        if (undated > 0)
        {
            // The date decides who held which post: without one, the record's roles and title checks are left out.
            _terminal.Out.MarkupLine($"{Format(undated)} new document(s) have no date, so no roles or title checks were read for them. Give the date with [bold]--published YYYY-MM-DD[/].");
        }

        if (summary.Failed > 0 && summary.Failed == summary.Inputs)
        {
            _terminal.Out.MarkupLine($"[red]{(summary.Failed == 1 ? "The input" : $"All {Format(summary.Failed)} inputs")} failed[/]. Errors are listed above with their codes.");
        }
        else if (summary.Failed > 0)
        {
            _terminal.Out.MarkupLine($"[red]{Format(summary.Failed)} of {Format(summary.Inputs)} inputs failed[/]; the others were stored. Errors are listed above with their codes.");
        }
    }

    private static string Format(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
