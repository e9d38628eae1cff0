using Backchannel.Dates;

namespace Backchannel.Formats.Html;

/// <summary>Metadata a page declares about itself (meta tags, JSON-LD, &lt;title&gt;).</summary>
/// <param name="Title">og:title, twitter:title or the JSON-LD headline.</param>
/// <param name="DocumentTitle">The &lt;title&gt; element, used when nothing better exists.</param>
/// <param name="Author">Byline.</param>
/// <param name="Source">Site or publisher name.</param>
/// <param name="Url">Canonical URL.</param>
/// <param name="Published">Publication date from meta tags or JSON-LD.</param>
internal sealed record PageMetadata(string? Title, string? DocumentTitle, string? Author, string? Source, string? Url, MetadataDate? Published);
