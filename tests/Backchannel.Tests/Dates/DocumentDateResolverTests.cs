using Backchannel.Dates;
using Backchannel.Documents;

namespace Backchannel.Tests.Dates;

public sealed class DocumentDateResolverTests
{
    private static readonly DateTimeOffset MetadataDate = new(2025, 5, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Override_comes_first()
    {
        var forced = new DateTimeOffset(2020, 1, 2, 0, 0, 0, TimeSpan.Zero);

        var resolved = DocumentDateResolver.Resolve(new DocumentMetadata { Published = MetadataDate, PublishedHasTime = true }, "On 3 May 2025.", forced);

        Assert.Equal(forced, resolved.Published);
        Assert.False(resolved.PublishedHasTime);
        Assert.Equal(PublishedOrigin.Override, resolved.PublishedOrigin);
    }

    [Fact]
    public void Metadata_comes_before_the_text()
    {
        var resolved = DocumentDateResolver.Resolve(new DocumentMetadata { Published = MetadataDate, PublishedHasTime = true }, "On 3 May 2025.", null);

        Assert.Equal(MetadataDate, resolved.Published);
        Assert.True(resolved.PublishedHasTime);
        Assert.Equal(PublishedOrigin.Metadata, resolved.PublishedOrigin);
    }

    [Fact]
    public void Text_date_is_inferred_without_time()
    {
        var resolved = DocumentDateResolver.Resolve(new DocumentMetadata(), "TALLINN, 9 May 2025 (Wire) – Talks resumed a week after the 2 May 2025 round.", null);

        Assert.Equal(new DateTimeOffset(2025, 5, 9, 0, 0, 0, TimeSpan.Zero), resolved.Published);
        Assert.False(resolved.PublishedHasTime);
        Assert.Equal(PublishedOrigin.Inferred, resolved.PublishedOrigin);
    }

    [Fact]
    public void Nothing_known_is_unknown()
    {
        var resolved = DocumentDateResolver.Resolve(new DocumentMetadata(), "No dates at all.", null);

        Assert.Null(resolved.Published);
        Assert.Equal(PublishedOrigin.Unknown, resolved.PublishedOrigin);
    }

    // The old rule took the latest full date in the body; a story's dates are what it is about, not when it was written.
    [Theory]
    [InlineData("The report was released on March 2, 2026. Ministers will meet on March 5, 2026.")]
    [InlineData("The forum runs from January 19, 2026 to January 23, 2026. Delegates arrived on January 20, 2026.")]
    [InlineData("On 3 March 2025, two envoys sat down with the minister to discuss how the dispute might end.")]
    public void Dates_in_the_body_leave_the_date_unknown(string text)
        => Assert.Equal(PublishedOrigin.Unknown, DocumentDateResolver.Resolve(new DocumentMetadata(), text, null).PublishedOrigin);

    [Fact]
    public void Only_future_dates_leave_the_date_unknown()
    {
        var resolved = DocumentDateResolver.Resolve(new DocumentMetadata(), "Leaders will gather on June 1, 2026.", null);

        Assert.Null(resolved.Published);
        Assert.Equal(PublishedOrigin.Unknown, resolved.PublishedOrigin);
    }

    [Fact]
    public void Relative_dates_are_never_inferred_as_the_publication_date()
        => Assert.Equal(PublishedOrigin.Unknown, DocumentDateResolver.Resolve(new DocumentMetadata(), "The envoy left yesterday and returns next week.", null).PublishedOrigin);
}
