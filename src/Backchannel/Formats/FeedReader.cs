using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Backchannel.Dates;
using Backchannel.Documents;
using Backchannel.Formats.Html;
using Backchannel.Formats.Structure;

namespace Backchannel.Formats;

/// <summary>
/// Reads RSS 2.0, RSS 1.0 (RDF) and Atom feeds: one document per item or entry (path <c>file.rss#n</c>), the
/// channel or feed title as source, HTML bodies through the HTML extractor. DTDs are ignored and no external
/// resource is ever resolved, so entity-expansion and XXE tricks have nothing to work with.
/// </summary>
internal static class FeedReader
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024 * 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    /// <summary>
    /// Reads a feed. For an <c>.xml</c> file (<paramref name="onlyIfFeed"/>) another root means "not ours"
    /// (BC1002 warning); for <c>.rss</c>/<c>.atom</c> it means a malformed feed.
    /// </summary>
    internal static IEnumerable<ReadItem> Read(string path, string xml, ReaderOptions options, bool onlyIfFeed)
    {
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), Settings);
            document = XDocument.Load(reader);
        }
        catch (XmlException ex)
        {
            return [DocumentAssembler.Failed(path, onlyIfFeed && !LooksLikeFeed(xml)
                ? ReadProblems.Unsupported(path, "this XML file is not an RSS or Atom feed")
                : ReadProblems.Malformed(path, "XML feed", ex.Message))];
        }

        var root = document.Root!;
        var (items, source, format) = root.Name.LocalName switch
        {
            "rss" => (Children(Child(root, "channel"), "item") ?? [], Value(Child(Child(root, "channel"), "title")), "rss"),
            "RDF" => (Children(root, "item"), Value(Child(Child(root, "channel"), "title")), "rss"),
            "feed" => (Children(root, "entry"), Value(Child(root, "title")), "atom"),
            _ => (null, null, ""),
        };
        if (items is null)
        {
            return [DocumentAssembler.Failed(path, onlyIfFeed
                ? ReadProblems.Unsupported(path, "this XML file is not an RSS or Atom feed")
                : ReadProblems.Malformed(path, "XML feed", $"the root element is <{root.Name.LocalName}>, not <rss> or <feed>."))];
        }

        if (items.Count == 0)
        {
            return [DocumentAssembler.Failed(path, ReadProblems.NoText(path, "The feed has no items.", "Check that the feed was saved completely."))];
        }

        return items.Select((item, index) => ReadItem(path + "#" + (index + 1).ToString(CultureInfo.InvariantCulture), item, source, format, options));
    }

    private static bool LooksLikeFeed(string xml)
        => FormatDetector.XmlRootName(xml) is "rss" or "feed" or "rdf:RDF" or "RDF";

    private static ReadItem ReadItem(string path, XElement item, string? source, string format, ReaderOptions options)
    {
        var metadata = new DocumentMetadata
        {
            Title = Value(Child(item, "title")),
            Url = Link(item),
            ExternalId = Value(Child(item, "guid")) ?? Value(Child(item, "id")),
            Author = Author(item),
            Source = source,
        };
        foreach (var name in (ReadOnlySpan<string>)["pubDate", "published", "date", "updated", "issued", "modified"])
        {
            if (MetadataDateParser.TryParse(Value(Child(item, name)), out var date))
            {
                metadata = metadata with { Published = date.Value, PublishedHasTime = date.HasTime };
                break;
            }
        }

        var (text, structure) = Body(item);
        if (string.IsNullOrWhiteSpace(text))
        {
            return DocumentAssembler.Failed(path, ReadProblems.NoText(path, "The feed item has no body.",
                "Feeds that carry only titles have nothing to analyse; save the linked articles as HTML instead."));
        }

        return DocumentAssembler.Build(path, format, text, metadata, options, structure);
    }

    private static (string? Text, ReadStructure Structure) Body(XElement item)
    {
        foreach (var name in (ReadOnlySpan<string>)["encoded", "content", "description", "summary"])
        {
            var element = Child(item, name);
            if (element is null)
            {
                continue;
            }

            var type = (string?)element.Attribute("type");
            string? text;
            ReadStructure structure;
            if (string.Equals(type, "text", StringComparison.OrdinalIgnoreCase))
            {
                text = element.Value;
                structure = new ReadStructure(null, PlainText: true);
            }
            else
            {
                var article = HtmlExtractor.Extract(
                    string.Equals(type, "xhtml", StringComparison.OrdinalIgnoreCase) ? string.Concat(element.Nodes().Select(n => n.ToString())) : element.Value,
                    isFragment: true);
                text = article.Text;
                structure = new ReadStructure(article.Regions);
            }

            if (!string.IsNullOrWhiteSpace(text))
            {
                return (text, structure);
            }
        }

        return (null, default);
    }

    private static string? Link(XElement item)
    {
        foreach (var link in item.Elements().Where(e => e.Name.LocalName == "link"))
        {
            var href = (string?)link.Attribute("href");
            var rel = (string?)link.Attribute("rel");
            if (href is not null && (rel is null || rel == "alternate"))
            {
                return href;
            }

            if (href is null && !string.IsNullOrWhiteSpace(link.Value))
            {
                return link.Value.Trim();
            }
        }

        return null;
    }

    // RSS <author> is "email (Name)"; Atom <author><name>; Dublin Core <dc:creator>.
    private static string? Author(XElement item)
    {
        var atomName = Value(Child(Child(item, "author"), "name"));
        if (atomName is not null)
        {
            return atomName;
        }

        var creator = Value(Child(item, "creator"));
        if (creator is not null)
        {
            return creator;
        }

        var rss = Value(Child(item, "author"));
        if (rss is null)
        {
            return null;
        }

        var open = rss.IndexOf('(', StringComparison.Ordinal);
        var close = rss.LastIndexOf(')');
        return open >= 0 && close > open + 1 ? rss[(open + 1)..close] : rss;
    }

    private static XElement? Child(XElement? parent, string localName)
        => parent?.Elements().FirstOrDefault(e => e.Name.LocalName == localName);

    private static List<XElement>? Children(XElement? parent, string localName)
        => parent?.Elements().Where(e => e.Name.LocalName == localName).ToList();

    private static string? Value(XElement? element)
        => element is null || string.IsNullOrWhiteSpace(element.Value) ? null : element.Value.Trim();
}
