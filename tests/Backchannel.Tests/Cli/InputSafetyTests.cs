using Backchannel.Tests.Support;

namespace Backchannel.Tests.Cli;

/// <summary>Inputs and outputs that could hurt: overwritten files, hostile file names, standard input misuse.</summary>
public sealed class InputSafetyTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("--json", "s.db")]
    [InlineData("--report", "a.txt")]
    [InlineData("--json", "a.txt")]
    public void An_output_path_that_is_the_store_or_an_input_is_refused_before_anything_is_written(string option, string path)
    {
        _temp.Write("a.txt", "Talks in Geneva\n\nDelegations met in Geneva on Friday.");
        _temp.Write("s.db", "stands in for a store");
        var before = File.ReadAllText(_temp.File(path));

        var result = CliProcess.Run(_temp.Path, "analyze", "a.txt", "--db", "s.db", option, path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("BC4001", result.Stderr, StringComparison.Ordinal);
        Assert.Contains(path, result.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(_temp.File(path)));
        Assert.Equal("stands in for a store", File.ReadAllText(_temp.File("s.db")));
    }

    [Fact]
    public void The_two_outputs_on_one_path_are_refused_before_anything_is_written()
    {
        _temp.Write("a.txt", "Talks in Geneva\n\nDelegations met in Geneva on Friday.");

        var result = CliProcess.Run(_temp.Path, "analyze", "a.txt", "--db", "s.db", "--report", "out/r", "--json", "./out/../out/r");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("BC4001", result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(_temp.File("s.db")));
        Assert.False(File.Exists(_temp.File("out/r")));
    }

    [Fact]
    public void Control_characters_in_a_file_name_are_shown_escaped()
    {
        var name = "evil\u001b]0;pwned\u0007\nBC0000: forged\u009b.txt";
        _temp.Write(name, "");

        var result = CliProcess.Run(_temp.Path, "analyze", name, "--db", "s.db", "--verbose");

        Assert.Equal(2, result.ExitCode);
        Assert.DoesNotContain('\u001b', result.All);
        Assert.DoesNotContain('\u0007', result.All);
        Assert.DoesNotContain('\u009b', result.All);
        var line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("BC1003", line, StringComparison.Ordinal);
        Assert.Contains(@"evil\x1b]0;pwned\x07\nBC0000: forged\u009b.txt", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Standard_input_given_twice_is_read_once()
    {
        var result = CliProcess.RunWithInput(_temp.Path, "Talks in Geneva\n\nDelegations met in Geneva on Friday.", "analyze", "-", "-", "--db", "s.db");

        Assert.True(result.ExitCode == 0, result.All);
        Assert.Equal("", result.Stderr);
    }

    [Fact]
    public void Closed_standard_input_fails_at_once_with_a_clear_error()
    {
        var result = CliShell.Sh(_temp.Path, "exec " + CliShell.Command("analyze", "-", "--db", "s.db") + " <&-", new Dictionary<string, string> { ["NO_COLOR"] = "1" }, TimeSpan.FromMinutes(1));

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("BC1007", line, StringComparison.Ordinal);
        Assert.Contains("standard input is closed", line, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Standard_input_from_dev_null_is_empty_not_a_hang()
    {
        var result = CliShell.Sh(_temp.Path, "exec " + CliShell.Command("analyze", "-", "--db", "s.db") + " </dev/null", new Dictionary<string, string> { ["NO_COLOR"] = "1" }, TimeSpan.FromMinutes(1));

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("BC1003", line, StringComparison.Ordinal);
        Assert.Contains("standard input", line, StringComparison.OrdinalIgnoreCase);
    }
}
