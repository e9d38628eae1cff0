using System.Globalization;

namespace Backchannel.Reporting.Html;

/// <summary>
/// Long tables: a filter box, and rows past the first <see cref="Cap"/> hidden until "Show all" is pressed (the filter
/// searches every row). The rows are all in the page, so the page still works as a record when printed or searched.
/// </summary>
internal static class Tables
{
    /// <summary>Rows shown before "Show all".</summary>
    public const int Cap = 25;

    /// <summary>
    /// Most rows a table of names or values writes into the index. Past it the rest are left to the JSON output and the
    /// document pages: 18,000 rows of names made the news-bbc index take 4 s to open.
    /// </summary>
    public const int MaxRows = 2000;

    /// <summary>Says that a table lists only its first <see cref="MaxRows"/> of <paramref name="total"/> rows.</summary>
    public static void Truncated(HtmlWriter html, string what, int total, string order)
    {
        if (total > MaxRows)
        {
            html.Element("p", $"The {Count(MaxRows)} {what} {order} are listed here, of {Count(total)}; the JSON output (--json) has every mention, and each document's page marks its own.", "run-note");
        }
    }

    /// <summary>Writes the filter box and opens the table with its header row and body.</summary>
    public static void Open(HtmlWriter html, string id, string what, int rows, params string[] headers)
    {
        html.Open("div", "table-tools")
            .Open("input", "filter", ("type", "search"), ("placeholder", $"Filter {what}…"), ("data-table", id), ("aria-label", $"Filter {what}"))
            .Element("span", Count(rows) + " " + what, "count", ("data-count-for", id))
            .Close("div")
            .Open("table", rows > Cap ? "capped" : null, ("id", id))
            .Open("thead").Open("tr");
        foreach (var header in headers)
        {
            html.Element("th", header);
        }

        html.Close("tr").Close("thead").Open("tbody");
    }

    /// <summary>Opens row <paramref name="index"/> (0-based), hidden past the cap.</summary>
    public static HtmlWriter Row(HtmlWriter html, int index, string? id = null) =>
        html.Open("tr", index >= Cap ? "more" : null, ("id", id));

    /// <summary>Closes the table and, when rows were hidden, writes the button that shows them.</summary>
    public static void Close(HtmlWriter html, string id, int rows)
    {
        html.Close("tbody").Close("table");
        if (rows > Cap)
        {
            var more = $"Show all {Count(rows)}";
            html.Element("button", more, "show-all", ("type", "button"), ("data-table", id), ("data-more", more), ("data-less", $"Show the first {Cap}"));
        }
    }

    public static string Count(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
