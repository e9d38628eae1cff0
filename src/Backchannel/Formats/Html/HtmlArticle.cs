using Backchannel.Dates;
using Backchannel.Documents;

namespace Backchannel.Formats.Html;

/// <summary>
/// What the HTML extractor found: the readable text of the main content, its structure (headings, captions,
/// reference entries and byline elements, in the text's offsets) and the page's metadata.
/// </summary>
internal sealed record HtmlArticle(string Text, List<DocumentRegion> Regions, string? Title, string? Author, string? Source, string? Url, MetadataDate? Published);
