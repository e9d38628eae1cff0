using System.Text.Json;
using Backchannel.Reporting;
using Backchannel.Reporting.Html;
using Backchannel.Reporting.Sections;
using Backchannel.Tests.Support;

namespace Backchannel.Tests.Reporting;

public sealed class ReportBuilderTests
{
    /// <summary>A stage's section as a later issue would add it: fills a contract array and brings its own HTML.</summary>
    private sealed class FindingsSection : IReportSection
    {
        public string JsonName => "findings";

        public string Title => "Findings";

        public void WriteJson(Utf8JsonWriter writer, ReportContext context)
        {
            writer.WriteStartArray();
            writer.WriteStringValue("title clash");
            writer.WriteEndArray();
        }

        public void WriteHtml(HtmlWriter html, ReportContext context) => html.Element("p", "A <finding>", "finding");
    }

    [Fact]
    public void A_stage_plugs_its_section_into_both_outputs_without_other_changes()
    {
        var report = new ReportBuilder().UseDocuments().Add(new FindingsSection()).Build();
        var context = SnapshotFactory.Context();

        using var stream = new MemoryStream();
        report.WriteJson(stream, context);
        var root = JsonDocument.Parse(stream.ToArray()).RootElement;
        using var html = new StringWriter();
        report.WriteHtml(html, context);

        Assert.Equal("title clash", root.GetProperty("findings")[0].GetString());
        Assert.Equal(0, root.GetProperty("entities").GetArrayLength());
        Assert.Contains("<details class=\"fold\" id=\"sec-findings\" open=\"\"><summary><h2>Findings</h2></summary><div class=\"body\"><p class=\"finding\">A &lt;finding&gt;</p></div></details>", html.ToString(), StringComparison.Ordinal);
        Assert.Contains("href=\"#sec-findings\"", html.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_sections_cannot_write_the_same_json_property()
    {
        var builder = new ReportBuilder().Add(new FindingsSection());

        Assert.Throws<InvalidOperationException>(() => builder.Add(new FindingsSection()));
    }

    [Fact]
    public void UseDocuments_is_idempotent()
    {
        var report = new ReportBuilder().UseDocuments().UseDocuments().Build();

        Assert.Single(report.Sections);
    }
}
