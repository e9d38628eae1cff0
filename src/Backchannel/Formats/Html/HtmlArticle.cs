using Backchannel.Dates;

namespace Backchannel.Formats.Html;

/// <summary>What the HTML extractor found: the readable text of the main content and the page's metadata.</summary>
internal sealed record HtmlArticle(string Text, string? Title, string? Author, string? Source, string? Url, MetadataDate? Published);
