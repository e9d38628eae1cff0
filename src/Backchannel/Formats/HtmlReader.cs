using Backchannel.Documents;
using Backchannel.Formats.Html;
using Backchannel.Formats.Structure;

namespace Backchannel.Formats;

/// <summary>Reads an HTML page: main-content text plus title, byline, site, URL and date from the page's metadata.</summary>
internal static class HtmlReader
{
    /// <summary>Reads one document from HTML.</summary>
    internal static ReadItem Read(string path, string html, ReaderOptions options)
    {
        var article = HtmlExtractor.Extract(html, isFragment: false);
        if (string.IsNullOrWhiteSpace(article.Text))
        {
            return DocumentAssembler.Failed(path, ReadProblems.NoText(path, "The page has no readable text.",
                "If the page builds its text with JavaScript, save it from a browser after it has loaded, or copy the text into a .txt file."));
        }

        return DocumentAssembler.Build(path, "html", article.Text, ToMetadata(article), options, new ReadStructure(article.Regions));
    }

    /// <summary>The document metadata an extracted article carries.</summary>
    internal static DocumentMetadata ToMetadata(HtmlArticle article) => new()
    {
        Title = article.Title,
        Author = article.Author,
        Source = article.Source,
        Url = article.Url,
        Published = article.Published?.Value,
        PublishedHasTime = article.Published?.HasTime ?? false,
    };
}
