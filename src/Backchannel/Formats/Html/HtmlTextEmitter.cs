using System.Collections.Frozen;
using System.Text;
using AngleSharp.Dom;
using Backchannel.Documents;
using Backchannel.Formats.Structure;

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
    internal static string Emit(INode root) => Emit(root, null);

    /// <summary>
    /// The plain text of <paramref name="root"/>; with <paramref name="regions"/>, also its structure in the text's
    /// offsets: headings (the first &lt;h1&gt; as the title), figure and table captions, byline elements, and the
    /// entries (&lt;li&gt;, &lt;p&gt;) of reference lists: those under a "References" heading and those in an element
    /// marked as one (class or id with "reference", "bibliograph", "footnote", "endnote" or "citation"; ARIA
    /// <c>doc-bibliography</c>, <c>doc-endnotes</c>).
    /// </summary>
    internal static string Emit(INode root, List<DocumentRegion>? regions)
    {
        var writer = new Writer();
        var stack = new Stack<(INode Node, bool Exiting, int Mark, RegionKind Kind)>();
        stack.Push((root, false, -1, default));
        var titleSeen = false;
        var bylineDepth = 0;
        var referenceDepth = 0;
        var underReferenceHeading = false;
        while (stack.Count > 0)
        {
            var (node, exiting, mark, kind) = stack.Pop();
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

                if (mark >= 0 && writer.End(mark) is { } span && regions is not null)
                {
                    regions.Add(new DocumentRegion(span.Start, span.End, kind));
                }

                if (kind == RegionKind.Byline)
                {
                    bylineDepth--;
                }

                if (IsReferenceContainer(element))
                {
                    referenceDepth--;
                }

                if (IsHeading(name))
                {
                    underReferenceHeading = ReferenceHeadings.IsReferenceHeading(element.TextContent);
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

            mark = -1;
            if (regions is not null)
            {
                if (IsHeading(name))
                {
                    underReferenceHeading = false;
                    kind = name == "h1" && !titleSeen ? RegionKind.Title : RegionKind.Heading;
                    titleSeen |= name == "h1";
                    mark = writer.Begin();
                }
                else if (name is "figcaption" or "caption")
                {
                    (kind, mark) = (RegionKind.Caption, writer.Begin());
                }
                else if (bylineDepth == 0 && IsByline(element))
                {
                    (kind, mark) = (RegionKind.Byline, writer.Begin());
                    bylineDepth++;
                }
                else if (name is "li" or "p" && (referenceDepth > 0 || underReferenceHeading))
                {
                    (kind, mark) = (RegionKind.Reference, writer.Begin());
                }

                if (IsReferenceContainer(element))
                {
                    referenceDepth++;
                }
            }

            stack.Push((node, true, mark, kind));
            PushChildren(stack, node);
        }

        return writer.ToString();
    }

    private static bool IsHeading(string name) => name.Length == 2 && name[0] == 'h' && name[1] is >= '1' and <= '6';

    private static bool IsByline(IElement element)
        => HasWord(element.ClassName, "byline") || string.Equals(element.GetAttribute("rel"), "author", StringComparison.OrdinalIgnoreCase)
            || (element.LocalName is "p" or "div" && string.Equals(element.GetAttribute("itemprop"), "author", StringComparison.OrdinalIgnoreCase));

    private static bool IsReferenceContainer(IElement element)
    {
        if (element.LocalName is not ("ol" or "ul" or "section" or "div" or "dl"))
        {
            return false;
        }

        var role = element.GetAttribute("role");
        if (role is not null && (role.Contains("doc-bibliography", StringComparison.OrdinalIgnoreCase) || role.Contains("doc-endnotes", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        foreach (var value in (ReadOnlySpan<string?>)[element.ClassName, element.Id])
        {
            if (value is null)
            {
                continue;
            }

            foreach (var cue in (ReadOnlySpan<string>)["reference", "bibliograph", "footnote", "endnote", "citation", "reflist"])
            {
                if (value.Contains(cue, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool HasWord(string? classes, string word)
        => classes is not null && classes.Contains(word, StringComparison.OrdinalIgnoreCase);

    private static void PushChildren(Stack<(INode Node, bool Exiting, int Mark, RegionKind Kind)> stack, INode node)
    {
        var children = node.ChildNodes;
        for (var i = children.Length - 1; i >= 0; i--)
        {
            stack.Push((children[i], false, -1, default));
        }
    }

    private sealed class Writer
    {
        private readonly StringBuilder _builder = new();

        // Region starts by mark: -1 until the region's first character is written.
        private readonly List<int> _starts = [];
        private readonly List<int> _waiting = [];
        private int _pendingBreak;
        private bool _pendingSpace;

        /// <summary>Starts a region where the next character will be written; returns its mark.</summary>
        public int Begin()
        {
            _starts.Add(-1);
            _waiting.Add(_starts.Count - 1);
            return _starts.Count - 1;
        }

        /// <summary>Ends a region here; null when nothing was written inside it.</summary>
        public (int Start, int End)? End(int mark)
        {
            var start = _starts[mark];
            if (start < 0)
            {
                _waiting.Remove(mark);
                return null;
            }

            return _builder.Length > start ? (start, _builder.Length) : null;
        }

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

                if (_waiting.Count > 0)
                {
                    foreach (var mark in _waiting)
                    {
                        _starts[mark] = _builder.Length;
                    }

                    _waiting.Clear();
                }

                _builder.Append(c);
            }
        }

        public override string ToString() => _builder.ToString();
    }
}
