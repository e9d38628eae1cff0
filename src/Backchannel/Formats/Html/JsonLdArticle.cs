namespace Backchannel.Formats.Html;

/// <summary>The fields of a schema.org article found in a page's JSON-LD.</summary>
internal sealed record JsonLdArticle(string? Headline, string? DatePublished, string? Author, string? Publisher, string? Url);
