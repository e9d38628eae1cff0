using Backchannel.Tests.Support;

namespace Backchannel.Tests.Cli;

public sealed class CommandLineTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void An_unknown_flag_is_a_usage_error_with_a_code_and_a_pointer_to_help()
    {
        var result = CliProcess.Run(_temp.Path, "analyze", "x.txt", "--no-such-flag");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("BC4001", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("--no-such-flag", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("backchannel analyze --help", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--published", "yesterday")]
    [InlineData("--max-file-size", "lots")]
    [InlineData("--batch-size", "0")]
    public void A_bad_option_value_is_a_usage_error_and_touches_no_store(string option, string value)
    {
        var result = CliProcess.Run(_temp.Path, "analyze", "x.txt", option, value, "--db", "s.db");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("BC4001", result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(_temp.File("s.db")));
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("analyze", "--help")]
    [InlineData("search", "--help")]
    public void Help_is_available_everywhere(params string[] args)
    {
        var result = CliProcess.Run(_temp.Path, args);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("--quiet", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_prints_the_version()
    {
        var result = CliProcess.Run(_temp.Path, "--version");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", result.Stdout.Trim());
    }

    [Fact]
    public void Quiet_prints_nothing_on_success_and_verbose_prints_a_line_per_document()
    {
        _temp.Write("a.txt", "One\n\nFirst article text.");
        _temp.Write("b.txt", "Two\n\nSecond article text.");

        var quiet = CliProcess.Run(_temp.Path, "analyze", "a.txt", "--db", "q.db", "--quiet");
        var verbose = CliProcess.Run(_temp.Path, "analyze", "a.txt", "b.txt", "--db", "v.db", "--verbose");

        Assert.Equal(0, quiet.ExitCode);
        Assert.Equal("", quiet.Stdout.Trim());
        Assert.Equal(2, verbose.Stdout.Split('\n').Count(l => l.StartsWith("added ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Search_prints_matching_documents_with_highlighted_terms()
    {
        _temp.Write("a.txt", "Grain corridor talks\n\nNegotiators discussed the grain corridor in Istanbul.");
        _temp.Write("b.txt", "Weather\n\nSnow fell across the Alps.");
        CliProcess.Run(_temp.Path, "analyze", "a.txt", "b.txt", "--db", "s.db");

        var result = CliProcess.Run(_temp.Path, "search", "negotiator", "--db", "s.db");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Grain corridor talks", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Weather", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("[Negotiators]", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("1 match.", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Searching_a_store_that_does_not_exist_says_what_to_do()
    {
        var result = CliProcess.Run(_temp.Path, "search", "anything", "--db", "missing.db");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("BC1001", result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(_temp.File("missing.db")));
    }
}
