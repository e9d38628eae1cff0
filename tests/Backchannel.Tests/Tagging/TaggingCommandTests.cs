using System.CommandLine;
using Backchannel.Cli.Commands;
using Backchannel.Tagging;
using Backchannel.Tests.Support;

namespace Backchannel.Tests.Tagging;

public sealed class TaggingCommandTests : IDisposable
{
    // Hand-written sentences in CoNLL-2003 layout (word POS chunk NER), chunk column in IOB1 like the real data.
    private const string Snippet = """
        The DT I-NP O
        envoys NNS I-NP O
        met VBD I-VP O
        in IN I-PP O
        Oslo NNP I-NP I-LOC
        . . O O

        Talks NNS I-NP O
        will MD I-VP O
        resume VB I-VP O
        next JJ I-NP O
        week NN I-NP O
        . . O O

        -DOCSTART- -X- O O

        """;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Eval_pos_ends_with_the_accuracy_in_percent()
    {
        var conll = _folder.Write("dev.conll", Snippet);

        var (exit, output, error) = Invoke("eval", "pos", "--conll", conll);

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("tokens 12", lines);
        Assert.Contains(lines, l => l.StartsWith("unknown-words ", StringComparison.Ordinal));
        Assert.Equal("accuracy 100.00", lines[^1]);
    }

    [Fact]
    public void Eval_pos_counts_a_wrong_gold_tag_as_a_miss()
    {
        var conll = _folder.Write("dev.conll", Snippet.Replace("met VBD", "met NN", StringComparison.Ordinal));

        var (_, output, _) = Invoke("eval", "pos", "--conll", conll);

        Assert.EndsWith("accuracy 91.67", output.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_chunk_prints_each_type_and_ends_with_F1()
    {
        var conll = _folder.Write("dev.conll", Snippet);

        var (exit, output, _) = Invoke("eval", "chunk", "--conll", conll);

        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("pos predicted", lines);
        Assert.Contains(lines, l => l.StartsWith("NP ", StringComparison.Ordinal) && l.Contains("(gold 4, predicted 4)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("VP ", StringComparison.Ordinal) && l.Contains("(gold 2, predicted 2)", StringComparison.Ordinal));
        Assert.Equal("F1 100.00", lines[^1]);
    }

    [Fact]
    public void Eval_chunk_scores_exact_spans_only()
    {
        // Gold now says "next week" is two chunks (in IOB1, B- marks the second); the chunker finds one:
        // 8 gold chunks, 7 predicted, 6 right.
        var conll = _folder.Write("dev.conll", Snippet.Replace("week NN I-NP", "week NN B-NP", StringComparison.Ordinal));

        var (_, output, _) = Invoke("eval", "chunk", "--conll", conll, "--gold-pos");

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("pos gold", lines);
        Assert.Equal("precision 85.71", lines[^3]);
        Assert.Equal("recall 75.00", lines[^2]);
        Assert.Equal("F1 80.00", lines[^1]);
    }

    [Fact]
    public void Eval_of_a_missing_file_fails_with_code_BC1001()
    {
        var (exit, _, error) = Invoke("eval", "pos", "--conll", _folder.File("absent.conll"));

        Assert.Equal(1, exit);
        Assert.Contains("BC1001", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Training_the_tagger_twice_with_one_seed_writes_identical_files()
    {
        var train = _folder.Write("train.conll", Snippet);
        var a = _folder.File("a/pos.bin");
        var b = _folder.File("b/pos.bin");

        Assert.Equal(0, Invoke("train", "pos", "--train", train, "--dev", train, "--out", a, "--seed", "7", "--epochs", "3", "--bits", "12").Exit);
        Assert.Equal(0, Invoke("train", "pos", "--train", train, "--dev", train, "--out", b, "--seed", "7", "--epochs", "3", "--bits", "12").Exit);

        Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));
        Assert.Equal(File.ReadAllBytes(PosTagger.LexiconPath(a)), File.ReadAllBytes(PosTagger.LexiconPath(b)));
        Assert.Equal([".", "DT", "IN", "JJ", "MD", "NN", "NNP", "NNS", "VB", "VBD"], PosTagger.Load(a).Tags.ToArray());
    }

    [Fact]
    public void Training_the_chunker_twice_with_one_seed_writes_identical_files()
    {
        var train = _folder.Write("train.conll", Snippet);
        var a = _folder.File("a/chunk.bin");
        var b = _folder.File("b/chunk.bin");

        Assert.Equal(0, Invoke("train", "chunk", "--train", train, "--out", a, "--seed", "3", "--epochs", "2").Exit);
        Assert.Equal(0, Invoke("train", "chunk", "--train", train, "--out", b, "--seed", "3", "--epochs", "2").Exit);

        Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));
    }

    [Fact]
    public void Train_lemmas_reads_wordnet_files_and_skips_multiword_entries()
    {
        // A made-up miniature of WordNet's layout: licence lines start with spaces, index lines with the lemma.
        _folder.Write("wn/index.noun", "  1 licence text\ntalk n 1 0 1 0 00000001\npeace_talks n 1 0 1 0 00000002\ngoose n 1 0 1 0 00000003\n");
        _folder.Write("wn/noun.exc", "geese goose\nwise_men wise_man\n");
        _folder.Write("wn/index.verb", "meet v 1 0 1 0 00000004\ntalk v 1 0 1 0 00000005\n");
        _folder.Write("wn/verb.exc", "met meet\n");
        _folder.Write("wn/index.adj", "good a 1 0 1 0 00000006\n");
        _folder.Write("wn/adj.exc", "better good well\n");
        _folder.Write("wn/index.adv", "well r 1 0 1 0 00000007\n");
        _folder.Write("wn/adv.exc", "better well\n");
        var output = _folder.File("lemmas.bin");

        var (exit, log, _) = Invoke("train", "lemmas", "--wordnet", _folder.File("wn"), "--out", output);

        Assert.Equal(0, exit);
        Assert.Contains("noun: 2 lemmas, 1 irregular forms", log, StringComparison.Ordinal);
        var lemmatizer = new Lemmatizer(LemmaLexicon.Load(output));
        Assert.Equal("goose", lemmatizer.Lemmatize("geese", "NNS"));
        Assert.Equal("talk", lemmatizer.Lemmatize("talks", "NNS"));
        Assert.Equal("meet", lemmatizer.Lemmatize("met", "VBN"));
        Assert.Equal("good", lemmatizer.Lemmatize("better", "JJR"));
    }

    [Fact]
    public void Train_lemmas_without_wordnet_files_fails_with_code_BC1001()
    {
        var (exit, _, error) = Invoke("train", "lemmas", "--wordnet", _folder.File("nowhere"), "--out", _folder.File("x.bin"));

        Assert.Equal(1, exit);
        Assert.Contains("BC1001", error, StringComparison.Ordinal);
    }

    private static (int Exit, string Output, string Error) Invoke(params string[] args)
    {
        var root = new RootCommand { TrainCommand.Create(), EvalCommand.Create() };
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString().Replace("\r", "", StringComparison.Ordinal), error.ToString());
    }
}
