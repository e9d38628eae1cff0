using Microsoft.Playwright;

namespace Backchannel.Tests.Support;

/// <summary>
/// Debian's Chromium driven by Playwright, headless and offline (the flags of the project's rules), for tests that
/// click through a report as a reader would. Every page opened records its console errors and uncaught exceptions.
/// </summary>
internal sealed class Browser : IAsyncDisposable
{
    private static readonly string[] OfflineFlags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private Browser(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        _browser = browser;
    }

    public static async Task<Browser> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumFactAttribute.Executable,
            Headless = true,
            Args = OfflineFlags,
        });
        return new Browser(playwright, browser);
    }

    /// <summary>Opens a local file (with an optional fragment) at 1400 px wide and waits for the report's script.</summary>
    public async Task<(IPage Page, List<string> Errors)> OpenAsync(string path, string? fragment = null)
    {
        var page = await _browser.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 900 } });
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);
        await page.GotoAsync(new Uri(Path.GetFullPath(path)).AbsoluteUri + (fragment is null ? "" : "#" + fragment));
        await page.WaitForSelectorAsync("html[data-report-ready='1']", new() { State = WaitForSelectorState.Attached });
        return (page, errors);
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
