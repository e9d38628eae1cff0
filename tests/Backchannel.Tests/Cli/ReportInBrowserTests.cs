using Backchannel.Tests.Support;

namespace Backchannel.Tests.Cli;

public sealed class ReportInBrowserTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [ChromiumFact]
    public void Scripts_and_event_handlers_from_articles_never_run_in_the_report_while_its_own_script_does()
    {
        // Each payload would mark the page if it ran; the marker value is assembled at run time, so the escaped
        // source text alone can never produce it.
        const string payload = "document.documentElement.setAttribute('data-owned','o'+'wned')";
        _temp.Write("in/hostile.html", $"""
            <html><head><title>&lt;img src=x onerror="{payload}"&gt; Ministers meet</title>
            <meta property="og:site_name" content="&lt;script&gt;{payload}&lt;/script&gt;">
            <script>{payload}</script></head>
            <body onload="{payload}"><article><h1>Ministers meet <img src="x" onerror="{payload}"></h1>
            <p>The ministers met on Monday. <a href="javascript:{payload}">details</a></p>
            <p>&lt;script&gt;{payload}&lt;/script&gt; was quoted in the text.</p></article></body></html>
            """);
        _temp.Write("in/plain.txt", $"<svg onload=\"{payload}\">\n\nA title made of markup, in a text file.");

        var result = CliProcess.Run(_temp.Path, "analyze", "in", "--db", "s.db", "--report", "report.html");
        Assert.True(result.ExitCode == 0, result.All);

        var dom = Chromium.DumpDom(_temp.File("report.html"));

        Assert.Contains("data-report-ready=\"1\"", dom, StringComparison.Ordinal);
        Assert.DoesNotContain("data-owned=\"owned\"", dom, StringComparison.Ordinal);
        Assert.Contains("Ministers meet", dom, StringComparison.Ordinal);
    }
}
