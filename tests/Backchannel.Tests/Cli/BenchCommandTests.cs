using System.CommandLine;
using System.Globalization;

namespace Backchannel.Tests.Cli;

public sealed class BenchCommandTests : IDisposable
{
    private readonly string _corpus = Directory.CreateTempSubdirectory("bench-corpus-").FullName;

    public BenchCommandTests()
    {
        File.WriteAllText(Path.Combine(_corpus, "a.txt"), "Talks resumed. Envoys met again.");
        Directory.CreateDirectory(Path.Combine(_corpus, "nested"));
        File.WriteAllText(Path.Combine(_corpus, "nested", "b.txt"), "Dr. Ray agreed.");
    }

    public void Dispose() => Directory.Delete(_corpus, recursive: true);

    [Theory]
    [InlineData("tokenize")]
    [InlineData("full")]
    [InlineData("full-unlinked")]
    public void Bench_prints_counts_and_ends_with_tokens_per_second_and_megabytes_per_second(string stage)
    {
        var (exit, output, error) = Invoke("bench", "--stage", stage, "--corpus", _corpus, "--repeat", "2", "--warmup", "0");

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("documents 2", lines);
        Assert.Contains("tokens 11", lines);
        Assert.Equal(2, lines.Count(l => l.StartsWith("repeat ", StringComparison.Ordinal)));
        Assert.StartsWith("tokens/s ", lines[^2], StringComparison.Ordinal);
        Assert.StartsWith("MB/s ", lines[^1], StringComparison.Ordinal);
        Assert.True(double.Parse(lines[^1]["MB/s ".Length..], CultureInfo.InvariantCulture) > 0);
    }

    [Fact]
    public void Unknown_stage_is_a_usage_error_with_code_BC4001()
    {
        var (exit, output, error) = Invoke("bench", "--stage", "parse", "--corpus", _corpus);

        Assert.Equal(1, exit);
        Assert.Contains("BC4001", error, StringComparison.Ordinal);
        Assert.DoesNotContain("MB/s", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_corpus_folder_is_reported_with_code_BC1001()
    {
        var (exit, _, error) = Invoke("bench", "--stage", "tokenize", "--corpus", Path.Combine(_corpus, "absent"));

        Assert.Equal(1, exit);
        Assert.Contains("BC1001", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_unlinked_stage_is_the_default_pipeline_without_the_linker()
    {
        static string[] Components(string output) =>
            [.. output.Split('\n').Where(l => l.StartsWith("component ", StringComparison.Ordinal)).Select(l => l.Split(' ')[1])];

        var (_, full, _) = Invoke("bench", "--stage", "full", "--corpus", _corpus, "--repeat", "1", "--warmup", "0", "--verbose");
        var (exit, unlinked, error) = Invoke("bench", "--stage", "full-unlinked", "--corpus", _corpus, "--repeat", "1", "--warmup", "0", "--verbose");

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Contains("linker", Components(full));
        Assert.Equal(Components(full).Where(c => c != "linker"), Components(unlinked));
    }

    [Fact]
    public void Against_alternates_pairs_of_passes_and_ends_with_the_median_overhead()
    {
        var (exit, output, error) = Invoke("bench", "--stage", "full", "--against", "tokenize", "--corpus", _corpus, "--repeat", "3", "--warmup", "0");

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var pairs = lines.Where(l => l.StartsWith("pair ", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, pairs.Count);
        Assert.All(pairs, p => Assert.Matches(@"^pair \d: tokenize \d+\.\d{3} s, full \d+\.\d{3} s, overhead -?\d+\.\d %$", p));

        // The median of the pairs' overheads, recomputed from the lines: the full pipeline costs more than tokenizing.
        var overheads = pairs.Select(p => double.Parse(p.Split(' ')[^2], CultureInfo.InvariantCulture)).Order().ToList();
        Assert.StartsWith("overhead ", lines[^1], StringComparison.Ordinal);
        var median = double.Parse(lines[^1]["overhead ".Length..], CultureInfo.InvariantCulture);
        Assert.Equal(overheads[1], median, 1);
        Assert.True(median > 0, output);
    }

    [Fact]
    public void Unknown_stage_for_against_is_a_usage_error_with_code_BC4001()
    {
        var (exit, output, error) = Invoke("bench", "--stage", "ner", "--against", "parse", "--corpus", _corpus);

        Assert.Equal(1, exit);
        Assert.Contains("BC4001", error, StringComparison.Ordinal);
        Assert.Contains("--against", error, StringComparison.Ordinal);
        Assert.DoesNotContain("overhead", output, StringComparison.Ordinal);
    }

    private static (int Exit, string Output, string Error) Invoke(params string[] args)
    {
        var root = Backchannel.Cli.CliApp.CreateRoot();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString().Replace("\r", "", StringComparison.Ordinal), error.ToString());
    }
}
