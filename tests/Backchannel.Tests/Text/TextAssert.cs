using Backchannel.Text;

namespace Backchannel.Tests.Text;

/// <summary>Shared helpers: token and sentence strings for readable assertions.</summary>
internal static class TextAssert
{
    public static string[] Tokens(string text) => [.. Tokenizer.Tokenize(text).Select(t => text[t.Start..t.End])];

    public static string[] Sentences(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        return [.. SentenceSplitter.Split(text, tokens).Select(s => text[s.Start..s.End])];
    }

    public static TokenKind KindOf(string text, string token)
    {
        foreach (var t in Tokenizer.Tokenize(text))
        {
            if (text[t.Start..t.End] == token)
            {
                return t.Kind;
            }
        }

        throw new InvalidOperationException($"No token '{token}' in '{text}'.");
    }
}
