using Backchannel.Errors;
using Backchannel.Tests.Support;

namespace Backchannel.Tests.Formats;

public sealed class FeedReaderTests
{
    private const string Rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel>
            <title>Lakeside Dispatch</title>
            <item>
              <title>Talks open in Geneva</title>
              <link>https://dispatch.example/1</link>
              <guid>item-1</guid>
              <pubDate>Tue, 04 Nov 2025 08:15:00 GMT</pubDate>
              <dc:creator>Lea Novak</dc:creator>
              <content:encoded><![CDATA[<p>Delegates <strong>opened</strong> talks.</p><script>bad()</script><p>Second paragraph.</p>]]></content:encoded>
            </item>
            <item>
              <title>Talks pause</title>
              <author>desk@dispatch.example (Omar Haddad)</author>
              <pubDate>Wed, 05 Nov 2025 18:00:00 +0100</pubDate>
              <description>The talks paused &lt;em&gt;overnight&lt;/em&gt;.</description>
            </item>
            <item>
              <title>Talks resume</title>
              <pubDate>6 Nov 2025 09:30 EST</pubDate>
              <description>Plain description without markup.</description>
            </item>
          </channel>
        </rss>
        """;

    [Fact]
    public void Rss_feed_with_three_items_gives_three_documents_with_metadata()
    {
        var items = Read.Items("news.rss", Rss);

        Assert.Equal(["news.rss#1", "news.rss#2", "news.rss#3"], items.Select(i => i.Path));
        var first = items[0].Document!;
        Assert.Equal("Delegates opened talks.\n\nSecond paragraph.", first.Text);
        Assert.Equal("Talks open in Geneva", first.Metadata.Title);
        Assert.Equal("https://dispatch.example/1", first.Metadata.Url);
        Assert.Equal("item-1", first.Metadata.ExternalId);
        Assert.Equal("Lea Novak", first.Metadata.Author);
        Assert.Equal("Lakeside Dispatch", first.Metadata.Source);
        Assert.Equal(new DateTimeOffset(2025, 11, 4, 8, 15, 0, TimeSpan.Zero), first.Metadata.Published);
        Assert.Equal("rss", first.Metadata.Format);

        var second = items[1].Document!;
        Assert.Equal("The talks paused overnight.", second.Text);
        Assert.Equal("Omar Haddad", second.Metadata.Author);
        Assert.Equal(new DateTimeOffset(2025, 11, 5, 18, 0, 0, TimeSpan.FromHours(1)), second.Metadata.Published);

        Assert.Equal(new DateTimeOffset(2025, 11, 6, 9, 30, 0, TimeSpan.FromHours(-5)), items[2].Document!.Metadata.Published);
    }

    [Fact]
    public void Atom_feed_entries_are_read_with_author_link_and_dates()
    {
        const string atom = """
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Harbour Notes</title>
              <entry>
                <title>Shipping lanes reopen</title>
                <id>urn:uuid:1</id>
                <link rel="alternate" href="https://notes.example/lanes"/>
                <published>2025-07-01T10:00:00Z</published>
                <updated>2025-07-02T10:00:00Z</updated>
                <author><name>Ines Costa</name></author>
                <content type="html">&lt;p&gt;Lanes reopened at dawn.&lt;/p&gt;</content>
              </entry>
              <entry>
                <title>Only a summary</title>
                <updated>2025-07-03</updated>
                <summary type="text">A &lt;plain&gt; summary.</summary>
              </entry>
            </feed>
            """;

        var items = Read.Items("notes.atom", atom);

        Assert.Equal(2, items.Count);
        var first = items[0].Document!;
        Assert.Equal("Lanes reopened at dawn.", first.Text);
        Assert.Equal("https://notes.example/lanes", first.Metadata.Url);
        Assert.Equal("urn:uuid:1", first.Metadata.ExternalId);
        Assert.Equal("Ines Costa", first.Metadata.Author);
        Assert.Equal("Harbour Notes", first.Metadata.Source);
        Assert.Equal(new DateTimeOffset(2025, 7, 1, 10, 0, 0, TimeSpan.Zero), first.Metadata.Published);
        Assert.Equal("atom", first.Metadata.Format);
        Assert.Equal("A <plain> summary.", items[1].Document!.Text);
        Assert.False(items[1].Document!.Metadata.PublishedHasTime);
    }

    [Fact]
    public void Xml_file_is_read_as_a_feed_only_when_its_root_is_one()
    {
        var feed = Read.Items("export.xml", Rss);
        var other = Assert.Single(Read.Items("config.xml", "<configuration><a>1</a></configuration>"));

        Assert.Equal(3, feed.Count(i => i.Document is not null));
        Assert.Null(other.Document);
        var problem = Assert.Single(other.Problems);
        Assert.Equal(ErrorCode.UnsupportedFormat, problem.Code);
        Assert.True(problem.IsWarning);
    }

    [Fact]
    public void External_entities_are_never_resolved()
    {
        using var temp = new TempFolder();
        var secret = temp.Write("secret.txt", "TOP-SECRET-CONTENT");
        var xml = $"""
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://{secret}">]>
            <rss><channel><title>T</title><item><title>I</title><description>Before &xxe; after.</description></item></channel></rss>
            """;

        var items = Read.Items("xxe.rss", xml);

        Assert.DoesNotContain(items, i => i.Document?.Text.Contains("TOP-SECRET", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Broken_feed_is_malformed_and_empty_feed_has_no_text()
    {
        var broken = Assert.Single(Read.Items("broken.rss", "<rss><channel><item><title>x</title></channel></rss>"));
        var empty = Assert.Single(Read.Items("empty.rss", "<rss><channel><title>Nothing</title></channel></rss>"));

        Assert.Equal(ErrorCode.Malformed, Read.Code(broken));
        Assert.Equal(ErrorCode.NoText, Read.Code(empty));
    }
}
