using System.Collections.Frozen;
using System.Text;

namespace Backchannel.Formats.Html;

/// <summary>
/// Drops start and end tags nested deeper than <see cref="MaxDepth"/> before the HTML parser sees them, keeping
/// their text. The parser's scope checks walk the stack of open elements, so 100,000 nested &lt;div&gt;s take
/// minutes; browsers cap depth for the same reason (Chromium at 512). Works on the raw markup with a small lexer,
/// so it never recurses either.
/// </summary>
internal static class HtmlDepthLimiter
{
    /// <summary>Deepest nesting of counted elements kept.</summary>
    internal const int MaxDepth = 512;

    // Elements that cannot nest in themselves in practice (the parser closes the previous one) or have no content.
    private static readonly FrozenSet<string> Uncounted = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen",
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "tbody", "thead", "tfoot", "colgroup", "caption",
        "rb", "rt", "rp", "html", "head", "body");

    // Their content is raw text up to the matching end tag; tags inside must not be counted.
    private static readonly FrozenSet<string> RawText = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript");

    /// <summary>Returns the markup with over-deep tags removed (the same instance when none are).</summary>
    internal static string Limit(string html)
    {
        List<(int Start, int End)>? drops = null;
        var depth = 0;
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length)
            {
                break;
            }

            i = lt;
            var next = html[lt + 1];
            if (string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
            {
                var close = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
                i = close < 0 ? html.Length : close + 3;
            }
            else if (next is '!' or '?')
            {
                var close = html.IndexOf('>', lt);
                i = close < 0 ? html.Length : close + 1;
            }
            else if (next == '/' && lt + 2 < html.Length && char.IsAsciiLetter(html[lt + 2]))
            {
                var name = ReadName(html, lt + 2);
                var close = html.IndexOf('>', lt);
                i = close < 0 ? html.Length : close + 1;
                if (!Uncounted.Contains(name) && !RawText.Contains(name) && depth > 0)
                {
                    if (depth > MaxDepth)
                    {
                        (drops ??= []).Add((lt, i));
                    }

                    depth--;
                }
            }
            else if (char.IsAsciiLetter(next))
            {
                var name = ReadName(html, lt + 1);
                var tagEnd = FindTagEnd(html, lt + 1 + name.Length);
                var selfClosing = html[tagEnd - 2] == '/';
                i = tagEnd;
                if (RawText.Contains(name))
                {
                    i = SkipRawText(html, tagEnd, name);
                }
                else if (!Uncounted.Contains(name) && !selfClosing)
                {
                    depth++;
                    if (depth > MaxDepth)
                    {
                        (drops ??= []).Add((lt, tagEnd));
                    }
                }
            }
            else
            {
                i = lt + 1;
            }
        }

        return drops is null ? html : Remove(html, drops);
    }

    private static string ReadName(string html, int start)
    {
        var end = start;
        while (end < html.Length && (char.IsAsciiLetterOrDigit(html[end]) || html[end] is '-' or ':' or '_'))
        {
            end++;
        }

        return html[start..end];
    }

    private static int FindTagEnd(string html, int position)
    {
        char quote = '\0';
        for (var i = position; i < html.Length; i++)
        {
            var c = html[i];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return i + 1;
            }
        }

        return html.Length;
    }

    private static int SkipRawText(string html, int position, string name)
    {
        var search = position;
        while (true)
        {
            var close = html.IndexOf("</", search, StringComparison.Ordinal);
            if (close < 0)
            {
                return html.Length;
            }

            if (string.Compare(html, close + 2, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return close;
            }

            search = close + 2;
        }
    }

    private static string Remove(string html, List<(int Start, int End)> drops)
    {
        var builder = new StringBuilder(html.Length);
        var copied = 0;
        foreach (var (start, end) in drops)
        {
            builder.Append(html, copied, start - copied);
            copied = end;
        }

        builder.Append(html, copied, html.Length - copied);
        return builder.ToString();
    }
}
