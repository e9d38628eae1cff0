namespace Backchannel.Documents;

/// <summary>What is known about a document besides its text.</summary>
public sealed record DocumentMetadata
{
    /// <summary>The source's own identifier (JSON <c>id</c>, feed <c>guid</c>), if any.</summary>
    public string? ExternalId { get; init; }

    /// <summary>Headline or title.</summary>
    public string? Title { get; init; }

    /// <summary>Outlet or site name.</summary>
    public string? Source { get; init; }

    /// <summary>Byline.</summary>
    public string? Author { get; init; }

    /// <summary>Canonical URL, if known.</summary>
    public string? Url { get; init; }

    /// <summary>The file it was read from (or <c>-</c> for stdin), with <c>#n</c> for the n-th item of a feed or JSONL file.</summary>
    public string? Path { get; init; }

    /// <summary>Publication time; a date-only value has <see cref="PublishedHasTime"/> false.</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>True when <see cref="Published"/> carries a time of day, not only a date.</summary>
    public bool PublishedHasTime { get; init; }

    /// <summary>Where <see cref="Published"/> came from.</summary>
    public PublishedOrigin PublishedOrigin { get; init; }

    /// <summary>Input format that produced the document (txt, md, html, json, jsonl, rss, atom).</summary>
    public string? Format { get; init; }
}
