using System.CommandLine;
using Backchannel.Cli.Commands;
using Backchannel.Tests.Support;

namespace Backchannel.Tests.Entities;

public sealed class NerCommandTests : IDisposable
{
    // Hand-written sentences in CoNLL-2003 layout (word, POS, chunk, IOB1 entity tag); DOCSTART after each document.
    private const string Snippet = """
        Lena NNP I-NP I-PER
        Vogel NNP I-NP I-PER
        flew VBD I-VP O
        to TO I-PP O
        Oslo NNP I-NP I-LOC
        . . O O

        The DT I-NP O
        Bank NNP I-NP I-ORG
        of IN I-PP I-ORG
        England NNP I-NP I-ORG
        kept VBD I-VP O
        rates NNS I-NP O
        steady JJ I-ADJP O
        . . O O

        -DOCSTART- -X- O O

        Tomas NNP I-NP I-PER
        Berg NNP I-NP I-PER
        met VBD I-VP O
        German JJ I-NP I-MISC
        diplomats NNS I-NP O
        in IN I-PP O
        Vienna NNP I-NP I-LOC
        . . O O

        -DOCSTART- -X- O O
        """;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Eval_prints_a_line_per_type_and_overall_and_ends_with_the_f1_line()
    {
        var file = _folder.Write("tiny.conll", Snippet);

        var (exit, output, error) = Invoke(EvalCommand.Create(), "eval", "ner", "--conll", file);

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("documents 2, sentences 3, tokens 22", lines[0]);
        foreach (var type in new[] { "LOC", "MISC", "ORG", "PER", "overall" })
        {
            Assert.Contains(lines, l => l.StartsWith(type + " ", StringComparison.Ordinal));
        }

        Assert.Matches(@"^F1 \d+\.\d\d$", lines[^1]);
        var overall = lines.Single(l => l.StartsWith("overall", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("6", overall[4]); // gold entities: two persons, two places, one organisation, one nationality
    }

    [Fact]
    public void Eval_of_a_missing_file_is_a_usage_error_with_a_code()
    {
        var (exit, _, error) = Invoke(EvalCommand.Create(), "eval", "ner", "--conll", _folder.File("absent.conll"));

        Assert.Equal(1, exit);
        Assert.Contains("BC1001", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Training_twice_with_the_same_seed_writes_identical_model_bytes()
    {
        var file = _folder.Write("tiny.conll", Snippet);
        var first = _folder.File("a/ner.bin");
        var second = _folder.File("b/ner.bin");

        var run1 = Invoke(TrainCommand.Create(), "train", "ner", "--train", file, "--dev", file, "--out", first, "--seed", "7", "--epochs", "3", "--bits", "16");
        var run2 = Invoke(TrainCommand.Create(), "train", "ner", "--train", file, "--dev", file, "--out", second, "--seed", "7", "--epochs", "3", "--bits", "16");

        Assert.Equal(0, run1.Exit);
        Assert.Equal(0, run2.Exit);
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        Assert.Matches(@"(?m)^dev F1 \d+\.\d\d$", run1.Output);
    }

    [Fact]
    public void Unknown_feature_group_in_without_is_a_usage_error()
    {
        var file = _folder.Write("tiny.conll", Snippet);

        var (exit, _, error) = Invoke(TrainCommand.Create(), "train", "ner", "--train", file, "--dev", file, "--out", _folder.File("x.bin"), "--without", "magic");

        Assert.Equal(1, exit);
        Assert.Contains("BC4001", error, StringComparison.Ordinal);
    }

    private static (int Exit, string Output, string Error) Invoke(Command command, params string[] args)
    {
        var root = new RootCommand { command };
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString().Replace("\r", "", StringComparison.Ordinal), error.ToString());
    }
}
