using System.CommandLine;
using System.Text.Json;
using Backchannel.Cli;
using Backchannel.Tests.Support;

namespace Backchannel.Tests.Cli;

/// <summary>Issue 17, "paper cuts": what a new user meets in the first minutes.</summary>
public sealed class PaperCutTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Outputs_and_the_store_inside_the_input_folder_are_not_read_back_on_a_second_run()
    {
        _temp.Write("in/a.txt", "Talks in Geneva\n\nDelegations met in Geneva on Friday.");
        string[] args = ["analyze", "in", "--db", "in/store.db", "--report", "in/report.html", "--json", "in/report.json"];

        var first = CliProcess.Run(_temp.Path, args);
        var second = CliProcess.Run(_temp.Path, args);

        Assert.True(first.ExitCode == 0, first.All);
        Assert.True(second.ExitCode == 0, second.All);
        Assert.Equal("", second.Stderr);
        var json = JsonDocument.Parse(File.ReadAllText(_temp.File("in/report.json"))).RootElement;
        Assert.Equal(1, json.GetProperty("run").GetProperty("inputs").GetInt32());
        Assert.Equal(1, json.GetProperty("documents").GetArrayLength());
    }

    [Fact]
    public void Search_says_how_many_documents_match_as_well_as_how_many_are_shown()
    {
        _temp.Write("in/a.txt", "Grain talks\n\nNegotiators discussed grain exports.");
        _temp.Write("in/b.txt", "More grain talks\n\nThe grain corridor was discussed again.");
        _temp.Write("in/c.txt", "Grain deal\n\nA grain deal was signed.");
        CliProcess.Run(_temp.Path, "analyze", "in", "--db", "s.db", "--quiet");

        var result = CliProcess.Run(_temp.Path, "search", "grain", "--db", "s.db", "--limit", "2");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("3 matches", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("--limit", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("2 match", result.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("eval", "dates", "--bogus")]
    [InlineData("kb", "stats", "--bogus")]
    public void A_help_hint_names_the_command_with_its_parent(params string[] args)
    {
        var result = CliProcess.Run(_temp.Path, args);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"Run 'backchannel {args[0]} {args[1]} --help'", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_folder_is_a_warning_with_its_own_code_and_leaves_no_store()
    {
        Directory.CreateDirectory(_temp.File("empty"));

        var result = CliProcess.Run(_temp.Path, "analyze", "empty", "--db", "s.db");

        Assert.True(result.ExitCode == 0, result.All);
        Assert.Contains("BC1010", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("empty", result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(_temp.File("s.db")));
    }

    [Fact]
    public void A_run_in_which_every_input_failed_creates_no_store_and_speaks_of_no_others()
    {
        var result = CliProcess.Run(_temp.Path, "analyze", "nowhere.txt", "--db", "s.db");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("BC1001", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("the others were stored", result.Stdout, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_temp.Path, "s.db*"));
    }

    [Fact]
    public void A_store_that_existed_before_is_kept_when_every_input_of_a_run_failed()
    {
        _temp.Write("a.txt", "Talks in Geneva\n\nDelegations met in Geneva on Friday.");
        CliProcess.Run(_temp.Path, "analyze", "a.txt", "--db", "s.db", "--quiet");

        var result = CliProcess.Run(_temp.Path, "analyze", "nowhere.txt", "--db", "s.db");

        Assert.Equal(2, result.ExitCode);
        using var store = Backchannel.Storage.DocumentStore.Open(_temp.File("s.db"));
        Assert.Equal(1, store.CountDocuments());
    }

    [Fact]
    public void A_mistyped_command_is_one_error_that_suggests_the_real_one()
    {
        var result = CliProcess.Run(_temp.Path, "serach", "grain");

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("BC4001", line, StringComparison.Ordinal);
        Assert.Contains("'serach'", line, StringComparison.Ordinal);
        Assert.Contains("did you mean 'search'?", line, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_mistyped_option_suggests_the_real_one()
    {
        var result = CliProcess.Run(_temp.Path, "analyze", "a.txt", "--jsn", "out.json");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Did you mean '--json'?", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_to_a_pipe_has_no_escape_codes_and_no_hard_wrapping()
    {
        var longName = new string('n', 120) + ".txt";

        var result = CliShell.Sh(_temp.Path, CliShell.Command("analyze", longName, "--db", "s.db"), new Dictionary<string, string> { ["TERM"] = "xterm-256color" });

        Assert.Equal(2, result.ExitCode);
        Assert.DoesNotContain('\u001b', result.All);
        var error = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(longName, error, StringComparison.Ordinal);
        Assert.Contains("Check the spelling", error, StringComparison.Ordinal);
        Assert.Contains(result.Stdout.Split('\n'), l => l.Contains("Documents in store", StringComparison.Ordinal));
    }

    [Fact]
    public void No_color_on_a_terminal_prints_no_styles_while_they_are_used_without_it()
    {
        Assert.True(CliShell.HasScript, "util-linux 'script' is needed to give the CLI a terminal");
        var colour = new Dictionary<string, string> { ["TERM"] = "xterm-256color" };
        var plain = new Dictionary<string, string> { ["TERM"] = "xterm-256color", ["NO_COLOR"] = "1" };

        var withColour = CliShell.OnTerminal(_temp.Path, colour, "analyze", "nowhere.txt", "--db", "a.db");
        var withoutColour = CliShell.OnTerminal(_temp.Path, plain, "analyze", "nowhere.txt", "--db", "b.db");

        // Styles (SGR sequences, ESC [ ... m), not the runtime's own terminal set-up codes, which hold no colour.
        const string style = @"\u001b\[[0-9;]*m";
        Assert.Contains("BC1001", withColour.Stdout, StringComparison.Ordinal);
        Assert.Matches(style, withColour.Stdout);
        Assert.Contains("BC1001", withoutColour.Stdout, StringComparison.Ordinal);
        Assert.DoesNotMatch(style, withoutColour.Stdout);
    }

    [Fact]
    public void Bench_help_lists_verbose_once()
    {
        var result = CliProcess.Run(_temp.Path, "bench", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Single(result.Stdout.Split('\n'), l => l.Contains("--verbose", StringComparison.Ordinal));
    }

    [Fact]
    public void No_command_offers_an_option_twice()
    {
        foreach (var (path, command, inherited) in Commands(CliApp.CreateRoot(), "backchannel", []))
        {
            var names = command.Options.Concat(inherited).SelectMany(o => o.Aliases.Prepend(o.Name)).ToList();
            Assert.True(names.Count == names.Distinct(StringComparer.Ordinal).Count(), $"'{path}' offers an option twice: {string.Join(", ", names)}");
        }
    }

    [Theory]
    [InlineData("analyze")]
    [InlineData("search")]
    [InlineData("bench")]
    public void The_readme_documents_every_option_of_the_main_commands(string name)
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        var command = CliApp.CreateRoot().Subcommands.Single(c => c.Name == name);

        foreach (var option in command.Options.Where(o => !o.Hidden))
        {
            Assert.True(readme.Contains(option.Name, StringComparison.Ordinal), $"README.md does not mention '{name} {option.Name}'");
        }
    }

    [Fact]
    public void Every_error_code_is_listed_in_the_formats_documentation()
    {
        var formats = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "FORMATS.md"));
        var codes = typeof(Backchannel.Errors.ErrorCode).GetFields().Select(f => (string)f.GetValue(null)!);

        foreach (var code in codes)
        {
            Assert.True(formats.Contains($"| {code} |", StringComparison.Ordinal), $"{code} is not in docs/FORMATS.md's table of error codes");
        }
    }

    private static IEnumerable<(string Path, Command Command, IReadOnlyList<Option> Inherited)> Commands(Command command, string path, IReadOnlyList<Option> inherited)
    {
        yield return (path, command, inherited);
        var passedOn = inherited.Concat(command.Options.Where(o => o.Recursive)).ToList();
        foreach (var sub in command.Subcommands)
        {
            foreach (var found in Commands(sub, path + " " + sub.Name, passedOn))
            {
                yield return found;
            }
        }
    }
}
