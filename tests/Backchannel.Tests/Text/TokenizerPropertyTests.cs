using System.Text;
using Backchannel.Text;

namespace Backchannel.Tests.Text;

/// <summary>Random text from a hostile alphabet: the tokenizer and splitter must stay total and well-formed.</summary>
public sealed class TokenizerPropertyTests
{
    private const int Cases = 2500;

    // Fragments are picked whole, so multi-char entries (pairs, abbreviations) appear intact as well as split apart.
    private static readonly string[] Fragments =
    [
        "a", "Z", "word", "U.S.", "Dr.", "e.g.", "J.", "don't", "Trump's", "500,000", "19%", "3.5", "-2.5", "$1.2bn",
        "1990s", "http://x.org/a", "www.example.com", "me@example.com", "well-known", "1,000-km", "Q:", "A:", "1.",
        " ", "  ", "\n", "\n\n", "\t", "\r\n", "\r", "\u00A0", "\u2028", "\u2029",
        ".", "..", "...", "\u2026", "?", "!", "?!", ",", ";", ":", "-", "--", "\u2013", "\u2014", "(", ")", "[", "]", "{", "}",
        "\"", "'", "\u201C", "\u201D", "\u2018", "\u2019", "\u00AB", "\u00BB", "@", "#", "$", "%", "&", "*", "+", "/", "\u2022",
        "\U0001F600", "\U0001D400", "\uD83D", "\uDE00", "\u0301", "e\u0301", "\u200D", "\u00AD", "\u200F",
        "\u4E2D\u6587", "\u0645\u0631\u062D\u0628\u0627", "\u05E9\u05DC\u05D5\u05DD", "\u0000", "\u0007", "\u001B", "\u007F", "\uFFFD", "\uFEFF",
    ];

    [Fact]
    public void Random_text_never_throws_and_yields_well_formed_tokens_and_sentences()
    {
        var random = new Random(20240611);
        var tokens = new List<Token>();
        var sentences = new List<Sentence>();
        var builder = new StringBuilder();
        for (var n = 0; n < Cases; n++)
        {
            var text = RandomText(random, builder);
            tokens.Clear();
            sentences.Clear();
            Tokenizer.Tokenize(text, tokens);
            SentenceSplitter.Split(text, tokens.ToArray(), sentences);
            AssertTokensWellFormed(text, tokens);
            AssertSentencesWellFormed(text, tokens, sentences);
        }
    }

    [Fact]
    public void Every_non_space_character_outside_tokens_is_whitespace_control_or_format()
    {
        var random = new Random(7);
        var builder = new StringBuilder();
        for (var n = 0; n < 500; n++)
        {
            var text = RandomText(random, builder);
            var covered = new bool[text.Length];
            foreach (var t in Tokenizer.Tokenize(text))
            {
                for (var i = t.Start; i < t.End; i++)
                {
                    covered[i] = true;
                }
            }

            for (var i = 0; i < text.Length; i++)
            {
                if (!covered[i])
                {
                    var category = char.GetUnicodeCategory(text[i]);
                    Assert.True(
                        char.IsWhiteSpace(text[i]) || char.IsControl(text[i]) || category == System.Globalization.UnicodeCategory.Format,
                        $"Character U+{(int)text[i]:X4} at {i} was dropped from '{text}'.");
                }
            }
        }
    }

    private static string RandomText(Random random, StringBuilder builder)
    {
        builder.Clear();
        var pieces = random.Next(0, 40);
        for (var p = 0; p < pieces; p++)
        {
            if (random.Next(8) == 0)
            {
                builder.Append((char)random.Next(0, 0x10000)); // any UTF-16 unit, lone surrogates included
            }
            else
            {
                builder.Append(Fragments[random.Next(Fragments.Length)]);
            }
        }

        return builder.ToString();
    }

    private static void AssertTokensWellFormed(string text, List<Token> tokens)
    {
        var previousEnd = 0;
        foreach (var t in tokens)
        {
            Assert.True(t.Start >= previousEnd, $"Token [{t.Start},{t.End}) overlaps or precedes the one before in '{Escape(text)}'.");
            Assert.True(t.End > t.Start, $"Empty token at {t.Start} in '{Escape(text)}'.");
            Assert.True(t.End <= text.Length, $"Token [{t.Start},{t.End}) runs past the text in '{Escape(text)}'.");
            previousEnd = t.End;
        }
    }

    private static void AssertSentencesWellFormed(string text, List<Token> tokens, List<Sentence> sentences)
    {
        if (tokens.Count == 0)
        {
            Assert.Empty(sentences);
            return;
        }

        var nextToken = 0;
        var previousEnd = 0;
        foreach (var s in sentences)
        {
            Assert.True(s.TokenCount > 0, $"Sentence without tokens in '{Escape(text)}'.");
            Assert.Equal(nextToken, s.FirstToken);
            Assert.True(s.Start >= previousEnd && s.End > s.Start && s.End <= text.Length, $"Bad sentence span [{s.Start},{s.End}) in '{Escape(text)}'.");
            Assert.Equal(tokens[s.FirstToken].Start, s.Start);
            Assert.Equal(tokens[s.FirstToken + s.TokenCount - 1].End, s.End);
            nextToken = s.FirstToken + s.TokenCount;
            previousEnd = s.End;
        }

        Assert.Equal(tokens.Count, nextToken);
    }

    private static string Escape(string text)
    {
        var sb = new StringBuilder();
        foreach (var c in text)
        {
            sb.Append(c is >= ' ' and < '\u007F' ? c.ToString() : $"\\u{(int)c:X4}");
        }

        return sb.ToString();
    }
}
