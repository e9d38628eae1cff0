using System.Diagnostics;

namespace Backchannel.Tests.Support;

/// <summary>Renders a local page in headless Chromium (offline flags) and returns the DOM after scripts ran.</summary>
internal static class Chromium
{
    public static string DumpDom(string htmlPath)
    {
        using var profile = new TempFolder();
        var info = new ProcessStartInfo(ChromiumFactAttribute.Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var flag in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--user-data-dir=" + profile.Path, "--virtual-time-budget=2000", "--dump-dom",
            new Uri(Path.GetFullPath(htmlPath)).AbsoluteUri,
        })
        {
            info.ArgumentList.Add(flag);
        }

        using var process = Process.Start(info)!;
        var dom = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(1)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("chromium did not finish rendering " + htmlPath);
        }

        return dom.Result;
    }
}
