using System.Runtime.InteropServices;
using System.Text;
using Backchannel.Text;
using BenchmarkDotNet.Attributes;

namespace Backchannel.Benchmarks;

/// <summary>Micro-benchmarks of the tokenizer and the sentence splitter over one news-like text.</summary>
[MemoryDiagnoser]
public class TokenizerBenchmarks
{
    private readonly List<Token> _tokens = new(1 << 16);
    private readonly List<Sentence> _sentences = new(1 << 12);
    private string _text = "";
    private Token[] _tokenArray = [];

    /// <summary>Loads BACKCHANNEL_BENCH_TEXT if set, otherwise builds a synthetic article of about 200 KB.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var path = Environment.GetEnvironmentVariable("BACKCHANNEL_BENCH_TEXT");
        _text = string.IsNullOrEmpty(path) ? SyntheticText(200_000) : File.ReadAllText(path);
        _tokenArray = Tokenizer.Tokenize(_text);
    }

    /// <summary>Tokenizer alone.</summary>
    [Benchmark(Baseline = true)]
    public int Tokenize()
    {
        _tokens.Clear();
        return Tokenizer.Tokenize(_text, _tokens);
    }

    /// <summary>Sentence splitter alone, over tokens made once in setup.</summary>
    [Benchmark]
    public int Split()
    {
        _sentences.Clear();
        return SentenceSplitter.Split(_text, _tokenArray, _sentences);
    }

    /// <summary>Both, as the pipeline component runs them.</summary>
    [Benchmark]
    public int TokenizeAndSplit()
    {
        _tokens.Clear();
        _sentences.Clear();
        Tokenizer.Tokenize(_text, _tokens);
        return SentenceSplitter.Split(_text, CollectionsMarshal.AsSpan(_tokens), _sentences);
    }

    private static string SyntheticText(int length)
    {
        // Own sentences mixing the constructs the tokenizer special-cases, shuffled deterministically.
        string[] sentences =
        [
            "Envoys from both capitals met in Geneva on Tuesday, officials said.",
            "Dr. Amal Rahn, the U.N. mediator, said talks would resume on Jan. 12.",
            "\"We are not there yet,\" she told reporters. \"But the gap is narrowing.\"",
            "The proposal covers a 1,200-kilometer frontier and about 500,000 displaced people.",
            "Trade fell 19% last year, and the central bank cut rates by -0.25 points to 3.5%.",
            "Investors pledged $1.2bn, according to a statement posted at www.example.org/news.",
            "It's unclear whether the well-known Russia-Ukraine channel, set up in the 1990s, still works.",
            "Asked about the plan, the minister's spokesman said: \u201CWe don\u2019t comment on leaks.\u201D",
            "The talks \u2014 the third round this year \u2014 ended early\u2026 Nobody explained why.",
            "Gen. Ortiz (who led the army until 2019) declined to comment.",
        ];
        var random = new Random(42);
        var builder = new StringBuilder(length + 200);
        while (builder.Length < length)
        {
            builder.Append(sentences[random.Next(sentences.Length)]);
            builder.Append(random.Next(6) == 0 ? "\n\n" : " ");
        }

        return builder.ToString();
    }
}
