using System.Collections.Frozen;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Backchannel.Formats.Html;

/// <summary>
/// Extracts an article from HTML: removes scripts, navigation, headers, footers and other page furniture, picks
/// the main content (&lt;article&gt;, else &lt;main&gt;, else the container densest in paragraph text) and emits it
/// as plain text along with the page metadata. Script bodies and attributes never reach the text.
/// </summary>
internal static class HtmlExtractor
{
    private static readonly FrozenSet<string> Furniture = FrozenSet.Create(StringComparer.Ordinal,
        "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math", "canvas", "nav", "footer",
        "aside", "form", "button", "select", "textarea", "input", "label", "dialog", "menu", "head", "video", "audio", "map");

    /// <summary>
    /// Extracts a page (<paramref name="isFragment"/> false) or a fragment such as a feed item's body (true: all of
    /// it is content, no main-content selection).
    /// </summary>
    internal static HtmlArticle Extract(string html, bool isFragment)
    {
        // A parser per call: readers may run on several threads, and a parser instance is not documented as thread-safe.
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        using var document = parser.ParseDocument(HtmlDepthLimiter.Limit(html));
        var body = document.Body ?? document.DocumentElement;

        // Metadata first: JSON-LD lives in <script> elements that are about to be removed.
        var page = HtmlMetadataReader.Read(document);
        RemoveFurniture(document.DocumentElement);
        var content = isFragment ? body : ChooseMainContent(body);
        var regions = new List<Documents.DocumentRegion>();
        var text = HtmlTextEmitter.Emit(content, regions);
        var title = page.Title ?? TextNormalizer.NormalizeInline(content.QuerySelector("h1")?.TextContent) ?? page.DocumentTitle;
        var published = page.Published;
        if (published is null && content.QuerySelector("time[datetime]")?.GetAttribute("datetime") is { } datetime
            && Dates.MetadataDateParser.TryParse(datetime, out var parsed))
        {
            published = parsed;
        }

        return new HtmlArticle(text, regions, HtmlMetadataReader.StripSiteSuffix(title, page.Source), page.Author, page.Source, page.Url, published);
    }

    private static void RemoveFurniture(IElement root)
    {
        var doomed = new List<INode>();
        var stack = new Stack<INode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node.NodeType == NodeType.Comment)
            {
                doomed.Add(node);
                continue;
            }

            if (node is IElement element && IsFurniture(element))
            {
                doomed.Add(node);
                continue;
            }

            foreach (var child in node.ChildNodes)
            {
                stack.Push(child);
            }
        }

        foreach (var node in doomed)
        {
            node.Parent?.RemoveChild(node);
        }
    }

    private static bool IsFurniture(IElement element)
    {
        var name = element.LocalName;
        if (Furniture.Contains(name) || element.HasAttribute("hidden")
            || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // A site header goes; an article's own header carries its headline and byline and stays.
        return name == "header" && !HasAncestor(element, "article");
    }

    private static bool HasAncestor(IElement element, string name)
    {
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            if (parent.LocalName == name)
            {
                return true;
            }
        }

        return false;
    }

    private static IElement ChooseMainContent(IElement body)
    {
        IElement? bestArticle = null;
        var bestArticleLength = 0;
        foreach (var article in body.QuerySelectorAll("article"))
        {
            var length = article.TextContent.AsSpan().Trim().Length;
            if (length > bestArticleLength)
            {
                (bestArticle, bestArticleLength) = (article, length);
            }
        }

        if (bestArticle is not null)
        {
            return bestArticle;
        }

        var main = body.QuerySelector("main") ?? body.QuerySelector("[role=main]");
        if (main is not null && main.TextContent.AsSpan().Trim().Length > 0)
        {
            return main;
        }

        return DensestContainer(body) ?? body;
    }

    // Readability's core idea: each paragraph scores its parent with its text minus link text, and its grandparent
    // with half of that, so paragraphs split across sibling wrappers still favour their common container.
    private static IElement? DensestContainer(IElement body)
    {
        var scores = new Dictionary<IElement, double>();
        foreach (var paragraph in body.QuerySelectorAll("p"))
        {
            var linkText = paragraph.QuerySelectorAll("a").Sum(a => a.TextContent.Length);
            var score = paragraph.TextContent.AsSpan().Trim().Length - linkText;
            if (score <= 0 || paragraph.ParentElement is not { } parent)
            {
                continue;
            }

            scores[parent] = scores.GetValueOrDefault(parent) + score;
            if (parent.ParentElement is { } grandparent)
            {
                scores[grandparent] = scores.GetValueOrDefault(grandparent) + (score / 2.0);
            }
        }

        IElement? best = null;
        var bestScore = 0.0;
        foreach (var (element, score) in scores)
        {
            if (score > bestScore)
            {
                (best, bestScore) = (element, score);
            }
        }

        return best;
    }
}
