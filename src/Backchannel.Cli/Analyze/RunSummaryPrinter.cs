using System.Globalization;
using Backchannel.Reporting;
using Spectre.Console;

namespace Backchannel.Cli.Analyze;

/// <summary>The closing terminal summary of an <c>analyze</c> run.</summary>
internal sealed class RunSummaryPrinter
{
    private readonly Terminal _terminal;

    public RunSummaryPrinter(Terminal terminal) => _terminal = terminal;

    public void Print(RunSummary summary, long storedDocuments, AnalyzeSettings settings, long undated = 0)
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
        _terminal.Out.MarkupLine($"Store: [bold]{Markup.Escape(settings.DbPath)}[/]");
        if (summary.Added == 0 && summary.Duplicates > 0)
        {
            _terminal.Out.MarkupLine("Nothing new: every document was already in the store.");
        }

        if (undated > 0)
        {
            // The date decides who held which post: without one, the record's roles and title checks are left out.
            _terminal.Out.MarkupLine($"{Format(undated)} new document(s) have no date, so no roles or title checks were read for them. Give the date with [bold]--published YYYY-MM-DD[/].");
        }

        if (summary.Failed > 0)
        {
            _terminal.Out.MarkupLine($"[red]{summary.Failed} input(s) failed[/]; the others were stored. Errors are listed above with their codes.");
        }
    }

    private static string Format(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
