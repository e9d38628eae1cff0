using System.Collections.Immutable;
using Backchannel.Text;

namespace Backchannel.Tagging;

/// <summary>A CoNLL sentence's words joined by spaces, with tokens pointing into that text, as our tokenizer would give.</summary>
public static class ConllText
{
    /// <summary>Joins the words with single spaces and returns the text and one word token per word.</summary>
    public static (string Text, Token[] Tokens) Build(ImmutableArray<string> words)
    {
        var text = string.Join(' ', words);
        var tokens = new Token[words.Length];
        var start = 0;
        for (var i = 0; i < words.Length; i++)
        {
            tokens[i] = new Token(start, start + words[i].Length, TokenKind.Word);
            start += words[i].Length + 1;
        }

        return (text, tokens);
    }

    /// <summary>A CoNLL tag with any second reading dropped (the data has a few like <c>NN|SYM</c>).</summary>
    public static string FirstReading(string tag)
    {
        var bar = tag.IndexOf('|', StringComparison.Ordinal);
        return bar > 0 ? tag[..bar] : tag;
    }
}
