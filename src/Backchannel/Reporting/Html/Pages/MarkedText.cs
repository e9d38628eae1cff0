namespace Backchannel.Reporting.Html.Pages;

/// <summary>
/// Writes a text with marks as nested elements. Marks must nest: one that crosses the edge of a mark already open (an
/// entity running past a flagged sentence, say) is left out rather than split, so every element stays whole.
/// </summary>
internal static class MarkedText
{
    public static void Write(HtmlWriter html, string text, List<TextMark> marks)
    {
        marks.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End != b.End ? b.End.CompareTo(a.End) : a.Rank.CompareTo(b.Rank));
        var open = new Stack<TextMark>();
        var at = 0;
        foreach (var mark in marks)
        {
            var start = Math.Clamp(mark.Start, 0, text.Length);
            var end = Math.Clamp(mark.End, start, text.Length);
            if (end == start || start < at)
            {
                continue;
            }

            while (open.Count > 0 && open.Peek().End <= start)
            {
                at = CloseTop(html, text, open, at);
            }

            if (open.Count > 0 && open.Peek().End < end)
            {
                continue;
            }

            html.Text(text[at..start]);
            at = start;
            html.Open(mark.Tag, mark.Class, ("id", mark.Id), ("title", mark.Title), ("tabindex", mark.Focusable ? "0" : null));
            open.Push(mark with { Start = start, End = end });
        }

        while (open.Count > 0)
        {
            at = CloseTop(html, text, open, at);
        }

        html.Text(text[at..]);
    }

    private static int CloseTop(HtmlWriter html, string text, Stack<TextMark> open, int at)
    {
        var top = open.Pop();
        html.Text(text[at..top.End]).Close(top.Tag);
        return top.End;
    }
}
