using System.Text;
using Backchannel.Documents;
using Backchannel.Errors;

namespace Backchannel.Tests.Formats;

public sealed class HtmlReaderTests
{
    private const string NewsPage = """
        <!doctype html>
        <html><head>
          <title>Grain corridor deal extended | The Coastal Ledger</title>
          <meta property="og:site_name" content="The Coastal Ledger">
          <meta name="author" content="Mara Lindqvist">
          <meta property="article:published_time" content="2025-09-18T07:45:00+02:00">
          <link rel="canonical" href="https://ledger.example/grain-deal">
          <style>body { color: red }</style>
          <script>var tracking = "should never appear";</script>
        </head><body>
          <header class="site"><a href="/">The Coastal Ledger</a><nav><a href="/world">World</a></nav></header>
          <main>
            <article>
              <header><h1>Grain corridor deal extended</h1><p class="byline">By Mara Lindqvist</p></header>
              <p>Negotiators agreed to extend the corridor for another <b>ninety days</b>.</p>
              <p>The extension was announced after   overnight talks.<br>Ships may sail from Friday.</p>
              <ul><li>First condition</li><li>Second condition</li></ul>
              <aside>Related: other stories</aside>
              <!-- a comment that must not show -->
            </article>
          </main>
          <footer>Copyright notice</footer>
        </body></html>
        """;

    [Fact]
    public void Article_text_and_meta_tags_are_extracted()
    {
        var document = Read.One("page.html", NewsPage);

        Assert.Equal(
            "Grain corridor deal extended\n\nBy Mara Lindqvist\n\nNegotiators agreed to extend the corridor for another ninety days.\n\n"
            + "The extension was announced after overnight talks.\nShips may sail from Friday.\n\nFirst condition\nSecond condition",
            document.Text);
        var metadata = document.Metadata;
        Assert.Equal("Grain corridor deal extended", metadata.Title);
        Assert.Equal("The Coastal Ledger", metadata.Source);
        Assert.Equal("Mara Lindqvist", metadata.Author);
        Assert.Equal("https://ledger.example/grain-deal", metadata.Url);
        Assert.Equal(new DateTimeOffset(2025, 9, 18, 7, 45, 0, TimeSpan.FromHours(2)), metadata.Published);
        Assert.True(metadata.PublishedHasTime);
        Assert.Equal(PublishedOrigin.Metadata, metadata.PublishedOrigin);
        Assert.Equal("html", metadata.Format);
    }

    [Fact]
    public void Json_ld_in_a_graph_supplies_headline_date_author_and_publisher()
    {
        const string page = """
            <html><head><title>Fallback title</title>
            <script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[
              {"@type":"Organization","@id":"#org","name":"Northern Wire"},
              {"@type":["ReportageNews"],"headline":"Observers arrive at the border",
               "datePublished":"2025-06-02T09:00:00Z",
               "author":[{"@type":"Person","name":"Ana Ruiz"},"Tomas Berg"],
               "publisher":{"@id":"#org"}}
            ]}
            </script></head>
            <body><div><p>Observers from six countries arrived on Monday to monitor the line of contact.</p></div></body></html>
            """;

        var metadata = Read.One("ld.html", page).Metadata;

        Assert.Equal("Observers arrive at the border", metadata.Title);
        Assert.Equal("Ana Ruiz, Tomas Berg", metadata.Author);
        Assert.Equal("Northern Wire", metadata.Source);
        Assert.Equal(new DateTimeOffset(2025, 6, 2, 9, 0, 0, TimeSpan.Zero), metadata.Published);
    }

    [Fact]
    public void Without_metadata_the_title_suffix_naming_the_site_is_stripped_and_time_element_dates_the_page()
    {
        const string page = """
            <html><head><title>Ministers meet in Oslo - Fjord Post</title><meta name="application-name" content="Fjord Post"></head>
            <body><article><p>Ministers met in Oslo. <time datetime="2025-03-07">Friday</time></p></article></body></html>
            """;

        var metadata = Read.One("t.htm", page).Metadata;

        Assert.Equal("Ministers meet in Oslo", metadata.Title);
        Assert.Equal("Fjord Post", metadata.Source);
        Assert.Equal(new DateTimeOffset(2025, 3, 7, 0, 0, 0, TimeSpan.Zero), metadata.Published);
        Assert.False(metadata.PublishedHasTime);
    }

    [Fact]
    public void Without_article_or_main_the_densest_paragraph_container_is_chosen()
    {
        const string page = """
            <html><body>
              <div class="menu"><p><a href="/a">Home</a> <a href="/b">World news index</a></p></div>
              <div class="story">
                <p>The first paragraph of the story explains who met whom and where the meeting took place.</p>
                <p>The second paragraph adds what was agreed and what remains open after the meeting.</p>
              </div>
              <div class="promo"><p>Subscribe</p></div>
            </body></html>
            """;

        var document = Read.One("d.html", page);

        Assert.StartsWith("The first paragraph", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Subscribe", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("World news index", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_markup_leaves_no_script_handler_or_url_in_the_text()
    {
        const string page = """
            <html><body><article>
              <p onclick="stealCookies()">Safe paragraph one.</p>
              <script>document.write('INJECTED-SCRIPT')</script>
              <img src="x" onerror="alert('IMG-ERROR')">
              <a href="javascript:alert('JS-URL')">a link label</a>
              <noscript>NOSCRIPT-TEXT</noscript>
              <template><p>TEMPLATE-TEXT</p></template>
              <iframe srcdoc="<p>IFRAME-TEXT</p>"></iframe>
              <svg><script>SVG-SCRIPT</script><text>SVG-TEXT</text></svg>
              <style>p::after { content: "STYLE-TEXT" }</style>
              <form><input value="FORM-VALUE"><button>BUTTON-TEXT</button></form>
              <p>Safe paragraph two.</p>
            </article></body></html>
            """;

        var text = Read.One("x.html", page).Text;

        Assert.Equal("Safe paragraph one.\n\na link label\n\nSafe paragraph two.", text);
    }

    [Fact]
    public void Html_nested_a_hundred_thousand_levels_deep_is_read_without_crashing()
    {
        var builder = new StringBuilder();
        builder.Append("<html><body>");
        for (var i = 0; i < 100_000; i++)
        {
            builder.Append(i % 3 == 0 ? "<div>" : i % 3 == 1 ? "<span>" : "<b>");
        }

        builder.Append("Deep inside the markup.");
        for (var i = 100_000 - 1; i >= 0; i--)
        {
            builder.Append(i % 3 == 0 ? "</div>" : i % 3 == 1 ? "</span>" : "</b>");
        }

        builder.Append("<p>After the nesting.</p></body></html>");

        var document = Read.One("deep.html", builder.ToString());

        Assert.Contains("Deep inside the markup.", document.Text, StringComparison.Ordinal);
        Assert.Contains("After the nesting.", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Unclosed_nesting_a_hundred_thousand_deep_is_read_too()
    {
        var html = string.Concat(Enumerable.Repeat("<div><blockquote>", 50_000)) + "Bottom text.";

        var document = Read.One("deep2.html", html);

        Assert.Equal("Bottom text.", document.Text);
    }

    [Fact]
    public void Page_with_only_scripts_has_no_text()
    {
        var item = Assert.Single(Read.Items("empty.html", "<html><body><script>var a = 1;</script></body></html>"));

        Assert.Null(item.Document);
        Assert.Equal(ErrorCode.NoText, Read.Code(item));
    }
}
