using System.Text.RegularExpressions;
using Backchannel.Cli;
using Backchannel.Cli.Analyze;
using Backchannel.Formats;
using Backchannel.Tests.Linking;
using Backchannel.Tests.Support;

namespace Backchannel.Tests.Cli;

/// <summary>
/// Issue 16: nothing in the output depends on the day the command runs. The same undated article is analysed under
/// two clocks years apart; the JSON and HTML must be the same bytes apart from the time they were generated.
/// </summary>
public sealed partial class ClockIndependenceTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [KnowledgeBaseFact]
    public async Task An_undated_article_gives_the_same_output_under_two_clocks()
    {
        // Our own words; the people are real office holders whose terms the record dates.
        var article = folder.Write("undated.txt", "Envoys meet in Geneva\n\nPrime Minister Tony Blair and President George W. Bush spoke by phone. "
            + "Mr Blair said the talks were useful, and the US president agreed. Foreign Secretary Jack Straw will travel next week.\n");

        var early = await Analyze(article, "early", new DateTimeOffset(2006, 3, 1, 9, 0, 0, TimeSpan.Zero));
        var late = await Analyze(article, "late", new DateTimeOffset(2031, 7, 15, 18, 30, 0, TimeSpan.Zero));

        Assert.Equal(WithoutGeneratedAt(early.Json), WithoutGeneratedAt(late.Json));
        Assert.Equal(WithoutGeneratedAt(early.Html), WithoutGeneratedAt(late.Html));
        using var json = System.Text.Json.JsonDocument.Parse(early.Json);
        Assert.True(json.RootElement.GetProperty("documents")[0].GetProperty("undated").GetBoolean());
        var actors = json.RootElement.GetProperty("actors").EnumerateArray().ToList();
        Assert.Contains(actors, a => a.GetProperty("id").GetString() is { } id && !id.StartsWith("country:", StringComparison.Ordinal));
        Assert.All(actors, a => Assert.Equal(0, a.GetProperty("roles").GetArrayLength() + a.GetProperty("titleChecks").GetArrayLength()));
        Assert.Contains("2006-03-01T09:00:00", early.Json, StringComparison.Ordinal);
    }

    [Fact]
    public void No_code_reads_the_system_clock_through_DateTime_or_DateTimeOffset()
    {
        var offenders = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => DirectClock().IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(RepoPaths.Root, f))
            .ToList();

        Assert.Empty(offenders);
    }

    private async Task<(string Json, string Html)> Analyze(string input, string name, DateTimeOffset now)
    {
        var settings = new AnalyzeSettings
        {
            Inputs = [input],
            DbPath = folder.File(name + ".db"),
            JsonPath = folder.File(name + ".json"),
            ReportPath = folder.File(name + ".html"),
            Reader = new ReaderOptions(),
            Clock = new FixedClock(now),
        };
        var exit = await new AnalyzeRunner(settings, new Terminal(quiet: true, verbose: false)).RunAsync(CancellationToken.None);
        Assert.Equal(0, exit);
        return (File.ReadAllText(settings.JsonPath), File.ReadAllText(settings.ReportPath));
    }

    private static string WithoutGeneratedAt(string output) => Stamp().Replace(output, "<generated>");

    // generatedAt in the JSON, and the page footer's "at 2026-12-07 20:25 UTC".
    [GeneratedRegex(@"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?[+-]\d\d:\d\d|\d{4}-\d\d-\d\d \d\d:\d\d UTC")]
    private static partial Regex Stamp();

    [GeneratedRegex(@"\b(DateTime|DateTimeOffset)\.(UtcNow|Now|Today)\b")]
    private static partial Regex DirectClock();

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
