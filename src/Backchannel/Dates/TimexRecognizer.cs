using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Backchannel.Text;

namespace Backchannel.Dates;

/// <summary>
/// Finds temporal expressions and normalises them to TIMEX3 (type, value, mod), anchored on a document creation date.
/// Without a document date, relative expressions keep X placeholders ("yesterday" → <c>XXXX-XX-XX</c>, "last year" →
/// <c>XXXX</c>) and are marked <see cref="Timex.Anchored"/> false, so nothing is silently resolved against the wrong day.
/// Thread-safe: each thread reuses its own scanner.
/// </summary>
public static class TimexRecognizer
{
    [ThreadStatic]
    private static TimexScanner? t_scanner;

    [ThreadStatic]
    private static List<Timex>? t_output;

    [ThreadStatic]
    private static List<Token>? t_tokens;

    [ThreadStatic]
    private static List<Sentence>? t_sentences;

    /// <summary>Recognises timexes over already tokenized text.</summary>
    /// <param name="text">The document text.</param>
    /// <param name="tokens">Its tokens.</param>
    /// <param name="sentences">Its sentences.</param>
    /// <param name="documentDate">The document creation date relative expressions are resolved against, if known.</param>
    /// <param name="posTags">Penn Treebank tags aligned with <paramref name="tokens"/> (null entries allowed), used by the tense heuristic.</param>
    public static ImmutableArray<Timex> Recognize(string text, ReadOnlyMemory<Token> tokens, ReadOnlyMemory<Sentence> sentences, DateOnly? documentDate, string?[]? posTags = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var scanner = t_scanner ??= new TimexScanner();
        var output = t_output ??= new List<Timex>(64);
        output.Clear();
        scanner.Scan(text, tokens, sentences, documentDate, posTags, output);
        return output.Count == 0 ? [] : ImmutableCollectionsMarshal.AsImmutableArray(output.ToArray());
    }

    /// <summary>Tokenizes <paramref name="text"/> and recognises its timexes.</summary>
    public static ImmutableArray<Timex> Recognize(string text, DateOnly? documentDate)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = t_tokens ??= new List<Token>(1024);
        var sentences = t_sentences ??= new List<Sentence>(64);
        tokens.Clear();
        sentences.Clear();
        Tokenizer.Tokenize(text, tokens);
        SentenceSplitter.Split(text, CollectionsMarshal.AsSpan(tokens), sentences);
        return Recognize(text, tokens.ToArray(), sentences.ToArray(), documentDate);
    }
}
