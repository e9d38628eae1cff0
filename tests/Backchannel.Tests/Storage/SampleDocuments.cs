using Backchannel.Documents;

namespace Backchannel.Tests.Storage;

/// <summary>Small invented articles for store tests.</summary>
internal static class SampleDocuments
{
    public static Document Make(string text, string? path = null, string? title = null, DateTimeOffset? published = null, bool hasTime = false)
        => new(text, new DocumentMetadata
        {
            Title = title,
            Path = path,
            Published = published,
            PublishedHasTime = hasTime,
            PublishedOrigin = published is null ? PublishedOrigin.Unknown : PublishedOrigin.Metadata,
            Format = "txt",
        });

    public static Document Numbered(int n, string? path = null)
        => Make($"Bulletin number {n}: the harbour council met again and adjourned without a vote.", path ?? $"bulletins/{n}.txt", $"Bulletin {n}");
}
