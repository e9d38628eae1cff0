#:package Microsoft.Playwright
#:property PublishAot=false
#:property JsonSerializerIsReflectionEnabledByDefault=true
// Screenshots of report pages at 1400 px wide, in Debian's headless Chromium, offline, for looking at the report as a
// reader would. Usage: dotnet run tools/report/screens.cs -- OUT.png URL [full] [OUT.png URL [full] …]
// "full" captures the whole page; otherwise the first 1400×900 screen. Also prints console errors and the load time.
using System.Diagnostics;
using Microsoft.Playwright;

using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new()
{
    ExecutablePath = "/usr/bin/chromium",
    Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
for (var i = 0; i < args.Length; i += 2)
{
    var full = i + 2 < args.Length && args[i + 2] == "full";
    var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 900 } });
    var errors = new List<string>();
    page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };
    page.PageError += (_, e) => errors.Add(e);
    var clock = Stopwatch.StartNew();
    await page.GotoAsync(args[i + 1]);
    await page.WaitForSelectorAsync("html[data-report-ready='1']", new() { State = WaitForSelectorState.Attached });
    var loaded = clock.ElapsedMilliseconds;
    var height = await page.EvaluateAsync<int>("document.documentElement.scrollHeight");
    // The browser's own clock: from navigation start to the end of the load event (parse, style, script).
    var load = await page.EvaluateAsync<double>("(() => { const n = performance.getEntriesByType('navigation')[0]; return n.loadEventEnd - n.startTime; })()");
    await page.ScreenshotAsync(new() { Path = args[i], FullPage = full });
    Console.WriteLine($"{args[i]}: ready in {loaded} ms (load event {load:0} ms), page {height} px high, {errors.Count} console errors {string.Join(" | ", errors)}");
    await page.CloseAsync();
    if (full) { i++; }
}
