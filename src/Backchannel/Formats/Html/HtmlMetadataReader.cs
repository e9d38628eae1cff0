using AngleSharp.Dom;
using Backchannel.Dates;

namespace Backchannel.Formats.Html;

/// <summary>
/// Reads title, byline, site name, canonical URL and publication date from meta tags, JSON-LD and the markup,
/// in the order publishers are most reliable about them.
/// </summary>
internal static class HtmlMetadataReader
{
    private static readonly string[] TitleKeys = ["og:title", "twitter:title"];
    private static readonly string[] PublishedKeys =
    [
        "article:published_time", "og:published_time", "date", "pubdate", "publishdate", "publish-date", "publish_date",
        "dc.date", "dc.date.issued", "dcterms.issued", "dcterms.created", "datepublished", "parsely-pub-date", "sailthru.date",
    ];

    private static readonly string[] AuthorKeys = ["author", "article:author", "dc.creator", "parsely-author", "sailthru.author"];
    private static readonly string[] SiteKeys = ["og:site_name", "application-name"];

    /// <summary>Reads what the page declares about itself. Call before scripts are removed (JSON-LD lives in them).</summary>
    internal static PageMetadata Read(IDocument document)
    {
        var meta = MetaValues(document);
        var jsonLd = JsonLdReader.Find(document.QuerySelectorAll("script")
            .Where(s => string.Equals(s.GetAttribute("type")?.Trim(), "application/ld+json", StringComparison.OrdinalIgnoreCase))
            .Select(s => s.TextContent));

        var source = TextNormalizer.NormalizeInline(First(meta, SiteKeys[0]) ?? jsonLd?.Publisher ?? First(meta, SiteKeys[1]));
        var title = TextNormalizer.NormalizeInline(First(meta, TitleKeys) ?? jsonLd?.Headline);
        var documentTitle = TextNormalizer.NormalizeInline(document.QuerySelector("title")?.TextContent);
        var author = TextNormalizer.NormalizeInline(
            First(meta, "author") ?? NonUrl(First(meta, "article:author")) ?? jsonLd?.Author ?? First(meta, AuthorKeys[2..]));
        var url = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? First(meta, "og:url") ?? jsonLd?.Url;

        MetadataDate? published = null;
        foreach (var candidate in Candidates(meta, jsonLd))
        {
            if (MetadataDateParser.TryParse(candidate, out var parsed))
            {
                published = parsed;
                break;
            }
        }

        return new PageMetadata(title, documentTitle, author, source, TextNormalizer.NormalizeInline(url), published);
    }

    private static IEnumerable<string?> Candidates(Dictionary<string, string> meta, JsonLdArticle? jsonLd)
    {
        foreach (var key in PublishedKeys)
        {
            yield return meta.GetValueOrDefault(key);
        }

        yield return jsonLd?.DatePublished;
    }

    private static Dictionary<string, string> MetaValues(IDocument document)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var element in document.QuerySelectorAll("meta"))
        {
            var key = element.GetAttribute("property") ?? element.GetAttribute("name") ?? element.GetAttribute("itemprop");
            var value = element.GetAttribute("content");
            if (!string.IsNullOrWhiteSpace(key) && !string.IsNullOrWhiteSpace(value))
            {
                values.TryAdd(key.Trim(), value.Trim());
            }
        }

        return values;
    }

    private static string? First(Dictionary<string, string> meta, params ReadOnlySpan<string> keys)
    {
        foreach (var key in keys)
        {
            if (meta.TryGetValue(key, out var value))
            {
                return value;
            }
        }

        return null;
    }

    private static string? NonUrl(string? value)
        => value is not null && (value.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            ? null
            : value;

    /// <summary>Removes a trailing " | Site" when it names the site.</summary>
    // "Talks resume in Oslo | The Harbour Times" -> "Talks resume in Oslo" when the site is "The Harbour Times".
    internal static string? StripSiteSuffix(string? title, string? site)
    {
        if (title is null || site is null)
        {
            return title;
        }

        foreach (var separator in (ReadOnlySpan<string>)[" | ", " - ", " – ", " — ", " :: ", " · "])
        {
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && string.Equals(title[(at + separator.Length)..].Trim(), site, StringComparison.OrdinalIgnoreCase))
            {
                return title[..at].TrimEnd();
            }
        }

        return title;
    }
}
