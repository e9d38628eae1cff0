using Backchannel.Formats;

namespace Backchannel.Tests.Formats;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("a\r\nb\rc\nd", "a\nb\nc\nd")]
    [InlineData("  leading kept after first line\n    indented", "leading kept after first line\n    indented")]
    [InlineData("tail   \t\nnext", "tail\nnext")]
    [InlineData("one\n\n\n\n\ntwo", "one\n\ntwo")]
    [InlineData("\n\n\nstart", "start")]
    [InlineData("end\n\n\n", "end")]
    [InlineData("bell\u0007 and nul\u0000 and esc\u001B gone", "bell and nul and esc gone")]
    [InlineData("tab\tkept", "tab\tkept")]
    [InlineData("line\u2028sep\u2029para", "line\nsep\n\npara")]
    [InlineData("   \n  \n", "")]
    public void Normalize_gives_canonical_text(string input, string expected)
        => Assert.Equal(expected, TextNormalizer.Normalize(input));

    // Cases live in code, not InlineData: xunit's serialisation of test data would itself mangle lone surrogates.
    [Fact]
    public void Code_points_the_normaliser_refuses_become_replacement_characters()
    {
        var cases = new (string Input, string Expected)[]
        {
            ("lone " + '\uD800' + " high", "lone \uFFFD high"),
            ("lone " + '\uDC00' + " low", "lone \uFFFD low"),
            ("swapped bom \uFFFE here", "swapped bom \uFFFD here"),
            ("pair \uD83D\uDE00 kept, e\u0301 composed", "pair \uD83D\uDE00 kept, \u00E9 composed"),
        };
        foreach (var (input, expected) in cases)
        {
            Assert.Equal(expected, TextNormalizer.Normalize(input));
            Assert.Equal(expected, TextNormalizer.NormalizeInline(input));
        }
    }

    [Fact]
    public void Normalize_is_idempotent()
    {
        const string input = "A\u0308bc  \r\n\r\n\r\n\tx\u0001y  ";
        var once = TextNormalizer.Normalize(input);

        Assert.Equal(once, TextNormalizer.Normalize(once));
        Assert.Equal("\u00C4bc\n\n\tx" + "y", once);
    }

    [Theory]
    [InlineData("  Many   spaces\n and\tlines ", "Many spaces and lines")]
    [InlineData("   ", null)]
    [InlineData(null, null)]
    public void NormalizeInline_collapses_whitespace(string? input, string? expected)
        => Assert.Equal(expected, TextNormalizer.NormalizeInline(input));

    [Fact]
    public void Random_whitespace_soup_always_comes_out_canonical()
    {
        string[] pieces = ["a", "b", " ", "\t", "\n", "\r", "\r\n", "\u00A0", "\u0001", "\uFEFF", "\u2029", "e\u0301", "\f"];
        var random = new Random(11);
        for (var i = 0; i < 2000; i++)
        {
            var input = string.Concat(Enumerable.Range(0, random.Next(0, 30)).Select(_ => pieces[random.Next(pieces.Length)]));

            var output = TextNormalizer.Normalize(input);

            Assert.Equal(output, TextNormalizer.Normalize(output));
            Assert.DoesNotContain("\n\n\n", output, StringComparison.Ordinal);
            Assert.DoesNotContain(" \n", output, StringComparison.Ordinal);
            Assert.DoesNotContain("\t\n", output, StringComparison.Ordinal);
            Assert.DoesNotContain('\r', output);
            Assert.DoesNotContain('\u0001', output);
            Assert.False(output.Length > 0 && char.IsWhiteSpace(output[^1]), $"trailing whitespace in [{output}]");
            Assert.False(output.Length > 0 && output[0] is ' ' or '\t' or '\n', $"leading whitespace in [{output}]");
        }
    }
}
