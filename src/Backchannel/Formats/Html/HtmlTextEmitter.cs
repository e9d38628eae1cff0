using System.Collections.Frozen;
using System.Text;
using AngleSharp.Dom;

namespace Backchannel.Formats.Html;

/// <summary>
/// Turns a DOM subtree into readable plain text: block elements become paragraphs (blank lines), list items,
/// table rows and &lt;br&gt; become line breaks, inline whitespace collapses as a browser renders it, and
/// &lt;pre&gt; keeps its layout. Walks with an explicit stack, so depth cannot overflow the call stack.
/// </summary>
internal static class HtmlTextEmitter
{
    private static readonly FrozenSet<string> ParagraphBlocks = FrozenSet.Create(StringComparer.Ordinal,
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "ul", "ol", "dl", "table", "figure", "section",
        "article", "main", "div", "hr", "address", "details", "summary", "center", "fieldset", "body", "header", "footer");

    private static readonly FrozenSet<string> LineBlocks = FrozenSet.Create(StringComparer.Ordinal,
        "li", "tr", "dt", "dd", "figcaption", "caption", "br");

    private static readonly FrozenSet<string> Cells = FrozenSet.Create(StringComparer.Ordinal, "td", "th");

    /// <summary>The plain text of <paramref name="root"/>.</summary>
    internal static string Emit(INode root)
    {
        var writer = new Writer();
        var stack = new Stack<(INode Node, bool Exiting)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, exiting) = stack.Pop();
            if (node is IText text)
            {
                writer.Text(text.Data);
                continue;
            }

            if (node is not IElement element)
            {
                if (node.NodeType == NodeType.Document)
                {
                    PushChildren(stack, node);
                }

                continue;
            }

            var name = element.LocalName;
            var breakLevel = ParagraphBlocks.Contains(name) ? 2 : LineBlocks.Contains(name) ? 1 : 0;
            if (exiting)
            {
                writer.Break(breakLevel);
                if (name == "pre")
                {
                    writer.PreDepth--;
                }

                continue;
            }

            writer.Break(breakLevel);
            if (Cells.Contains(name))
            {
                writer.Space();
            }

            if (name == "pre")
            {
                writer.PreDepth++;
            }

            stack.Push((node, true));
            PushChildren(stack, node);
        }

        return writer.ToString();
    }

    private static void PushChildren(Stack<(INode Node, bool Exiting)> stack, INode node)
    {
        var children = node.ChildNodes;
        for (var i = children.Length - 1; i >= 0; i--)
        {
            stack.Push((children[i], false));
        }
    }

    private sealed class Writer
    {
        private readonly StringBuilder _builder = new();
        private int _pendingBreak;
        private bool _pendingSpace;

        public int PreDepth { get; set; }

        public void Break(int level)
        {
            if (level > _pendingBreak)
            {
                _pendingBreak = level;
            }

            if (level > 0)
            {
                _pendingSpace = false;
            }
        }

        public void Space() => _pendingSpace = _pendingBreak == 0 && _builder.Length > 0;

        public void Text(string data)
        {
            foreach (var c in data)
            {
                if (PreDepth == 0 && char.IsWhiteSpace(c) && c != '\u00A0')
                {
                    _pendingSpace = _pendingBreak == 0 && _builder.Length > 0;
                    continue;
                }

                if (_pendingBreak > 0)
                {
                    if (_builder.Length > 0)
                    {
                        _builder.Append('\n', _pendingBreak);
                    }

                    _pendingBreak = 0;
                    _pendingSpace = false;
                }

                if (_pendingSpace)
                {
                    _builder.Append(' ');
                    _pendingSpace = false;
                }

                _builder.Append(c);
            }
        }

        public override string ToString() => _builder.ToString();
    }
}
