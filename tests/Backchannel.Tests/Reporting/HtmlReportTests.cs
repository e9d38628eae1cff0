using Backchannel.Corpus;
using Backchannel.Documents;
using Backchannel.Errors;
using Backchannel.Reporting;
using Backchannel.Tests.Support;

namespace Backchannel.Tests.Reporting;

public sealed class HtmlReportTests
{
    private static string Render(ReportContext context)
    {
        using var writer = new StringWriter();
        DefaultReport.Create().WriteHtml(writer, context);
        return writer.ToString();
    }

    [Fact]
    public void Article_strings_are_escaped_so_no_markup_from_an_article_reaches_the_page()
    {
        var hostile = SnapshotFactory.Stored(
            "Body <script>document.title='owned'</script> <img src=x onerror=\"alert(1)\">",
            new DocumentMetadata
            {
                Title = "<script>alert('title')</script>",
                Source = "\"><svg onload=alert(2)>",
                Author = "O'Brien & Sons",
                Path = "x/<b>.html",
            });

        var html = Render(SnapshotFactory.Context(hostile));

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<svg", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>.html", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("O&#39;Brien &amp; Sons", html, StringComparison.Ordinal);
        Assert.Single(AllIndexes(html, "<script>"));
    }

    [Fact]
    public void Document_pages_escape_the_text_and_every_annotation_field_in_one_file_and_in_a_folder()
    {
        const string body = "Ana <svg onload=alert(1)> met \"Bo\" & <script>alert(2)</script> today.";
        var hostile = SnapshotFactory.Stored(body, new DocumentMetadata { Title = "<img src=x onerror=alert(3)>", Path = "in/<i>.txt" });
        var annotations = new[]
        {
            new Annotation(AnnotationLayers.Entities, 0, 3, "PER\"><svg onload=alert(4)>"),
            new Annotation(AnnotationLayers.Links, 0, 3, "name<b>", "{\"entity\":\"x\\\"><svg onload=alert(5)>\",\"confidence\":0.9,\"reason\":\"<script>alert(6)</script>\"}"),
            new Annotation(AnnotationLayers.Timexes, body.IndexOf("today", StringComparison.Ordinal), body.Length - 1, "DATE", "{\"value\":\"<svg onload=alert(7)>\"}"),
        }.Select(a => new StoredAnnotation(hostile.Id, a));
        var context = SnapshotFactory.Context(annotations, hostile);

        var pages = new Dictionary<string, StringWriter>();
        using var index = new StringWriter();
        DefaultReport.Create().WriteHtmlFolder(index, context, "r.html", "r_files", name => pages[name] = new StringWriter());

        foreach (var html in new[] { Render(context), index.ToString(), pages[hostile.Id + ".html"].ToString() })
        {
            Assert.DoesNotContain("<svg", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<i>", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
            Assert.Single(AllIndexes(html, "<script>"));
        }

        var page = pages[hostile.Id + ".html"].ToString();
        Assert.Contains(" &lt;svg onload=alert(1)&gt; met &quot;Bo&quot; &amp; &lt;script&gt;alert(2)&lt;/script&gt;", page, StringComparison.Ordinal);
        Assert.Contains("Why: &lt;script&gt;alert(6)&lt;/script&gt;", page, StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_is_self_contained_and_locks_scripts_to_its_own_by_hash()
    {
        var html = Render(SnapshotFactory.Context(SnapshotFactory.Stored("Text.", new DocumentMetadata { Title = "T" })));

        Assert.Contains("Content-Security-Policy", html, StringComparison.Ordinal);
        Assert.Contains("script-src 'sha256-", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<link", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" src=", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_problems_are_listed_with_code_file_and_hint()
    {
        var run = new RunSummary(3, 1, 0, 1, [new BackchannelError(ErrorCode.BinaryInput, "The file looks binary.", "in/<photo>.txt", "Convert it to text first.")]);

        var html = Render(SnapshotFactory.Context(run));

        Assert.Contains("BC1004", html, StringComparison.Ordinal);
        Assert.Contains("in/&lt;photo&gt;.txt", html, StringComparison.Ordinal);
        Assert.Contains("Convert it to text first.", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Inferred_dates_are_flagged_in_the_table()
    {
        var html = Render(SnapshotFactory.Context(SnapshotFactory.Stored("Text.", new DocumentMetadata
        {
            Title = "T",
            Published = new DateTimeOffset(2026, 1, 21, 0, 0, 0, TimeSpan.Zero),
            PublishedOrigin = PublishedOrigin.Inferred,
        })));

        Assert.Contains("<td class=\"date\">2026-01-21<span class=\"badge inferred\"", html, StringComparison.Ordinal);
    }

    private static IEnumerable<int> AllIndexes(string text, string value)
    {
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
        {
            yield return i;
        }
    }
}
