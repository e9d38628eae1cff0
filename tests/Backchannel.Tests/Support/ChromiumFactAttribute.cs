namespace Backchannel.Tests.Support;

/// <summary>A fact that needs Debian's chromium (installed by ./test.sh); skipped, not passed, without it.</summary>
internal sealed class ChromiumFactAttribute : FactAttribute
{
    public const string Executable = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(Executable))
        {
            Skip = "chromium is not installed (./test.sh installs it).";
        }
    }
}
