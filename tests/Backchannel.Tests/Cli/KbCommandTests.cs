using Backchannel.Tests.Support;

namespace Backchannel.Tests.Cli;

public sealed class KbCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void An_unknown_import_format_is_a_usage_error_that_lists_the_formats()
    {
        var result = CliProcess.Run(_temp.Path, "kb", "import", "no-such-format", "x.csv");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("BC4001", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("ofac-sdn", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_prints_counts_and_problems_writes_the_entities_and_exits_2_when_rows_failed()
    {
        _temp.Write("sdn.csv", "5,\"TESTER, Ola\",\"individual\",\"TEST\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n6,\"BROKEN\"\n");

        var result = CliProcess.Run(_temp.Path, "kb", "import", "ofac-sdn", "sdn.csv", "--out", "out.jsonl");

        Assert.Equal(2, result.ExitCode);
        Assert.Matches(@"Person\s+1", result.Stdout);
        Assert.Contains("sdn.csv:2: expected 12 columns", result.Stdout.Replace("\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(2, File.ReadAllLines(_temp.File("out.jsonl")).Length);
    }

    [Fact]
    public void Build_writes_the_kb_and_warns_about_a_missing_source()
    {
        _temp.Write("kb/sdn.csv", "5,\"TESTER, Ola\",\"individual\",\"TEST\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n");
        _temp.Write("kb/sources.tsv", "ofac-sdn\tsdn.csv\tOFAC\t\t2024-05-03\ncurated\tcurated\tCurated\t\t\n");

        var result = CliProcess.Run(_temp.Path, "kb", "build", "--sources", "kb/sources.tsv", "--out", "kb.ftm.jsonl.gz");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("warning:", result.Stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(_temp.File("kb.ftm.jsonl.gz")));
    }
}
