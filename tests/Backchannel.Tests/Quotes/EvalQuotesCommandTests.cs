using System.Globalization;
using Backchannel.Tests.Support;

namespace Backchannel.Tests.Quotes;

public sealed class EvalQuotesCommandTests
{
    [Fact]
    public void ScoresAPolnearFolderAndEndsWithTheHeadline()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("dev/text"));
        Directory.CreateDirectory(folder.File("dev/attributions"));
        const string text = "The old bridge over the river will be closed for repairs until March, the city council said.";
        File.WriteAllText(folder.File("dev/text/harbour.txt"), text);
        File.WriteAllLines(folder.File("dev/attributions/harbour_aa11.ann"),
        [
            "T1\tContent 0 68\tThe old bridge over the river will be closed for repairs until March",
            "T2\tSource 70 86\tthe city council",
            "T3\tCue 87 91\tsaid",
            "T4\tAttribution 87 91\tsaid",
            "E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2",
        ]);

        var result = CliProcess.Run(folder.Path, "eval", "quotes", "--polnear", folder.Path);
        Assert.True(result.ExitCode == 0, result.All);
        var last = result.Stdout.TrimEnd().Split('\n')[^1].Split(' ');
        Assert.Equal("content-F1", last[0]);
        Assert.Equal("source-acc", last[2]);
        Assert.InRange(double.Parse(last[1], CultureInfo.InvariantCulture), 0.0, 1.0);
        Assert.Equal(1.0, double.Parse(last[1], CultureInfo.InvariantCulture));
        Assert.Equal(1.0, double.Parse(last[3], CultureInfo.InvariantCulture));
    }

    [Fact]
    public void RefusesTheTestSplit()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("test/text"));
        Directory.CreateDirectory(folder.File("test/attributions"));
        var result = CliProcess.Run(folder.Path, "eval", "quotes", "--polnear", folder.File("test"));
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("test split", result.Stderr, StringComparison.Ordinal);
    }
}
