using Backchannel.Knowledge.Names;

namespace Backchannel.Tests.Knowledge;

public sealed class NameKeyTests
{
    [Theory]
    [InlineData("Recep Tayyip Erdoğan", "recep tayyip erdogan")]
    [InlineData("  O'Brien,  Mary-Kate ", "obrien mary kate")]
    [InlineData("U.S.", "u s")]
    [InlineData("...", "")]
    public void Exact_keys_fold_case_diacritics_and_punctuation(string name, string key) =>
        Assert.Equal(key, NameKey.Exact(name));

    [Theory]
    [InlineData("Volodymyr Zelenskyy", "Volodymyr Zelensky")]
    [InlineData("Volodymyr Zelenski", "Volodymyr Zelenskiy")]
    [InlineData("Kirill Dmitriyev", "Kirill Dmitriev")]
    [InlineData("Andriy Sybiha", "Andrii Sybiha")]
    [InlineData("Mykhailo Podoliak", "Mykhaylo Podolyak")]
    public void Loose_keys_meet_across_romanisations(string a, string b)
    {
        Assert.NotEqual(NameKey.Exact(a), NameKey.Exact(b));
        Assert.Equal(NameKey.Loose(a), NameKey.Loose(b));
    }

    [Fact]
    public void Loose_keys_still_tell_different_names_apart() =>
        Assert.NotEqual(NameKey.Loose("Maria Kovalenko"), NameKey.Loose("Marta Kovalenko"));

    [Fact]
    public void Ascii_names_key_exactly_as_the_general_path_does()
    {
        // A trailing "é" sends a name down the general (decomposing) path and keys as "e", which the ASCII path gives
        // for a trailing "e": the two must agree on every ASCII prefix, punctuation, digits and case included.
        var random = new Random(20261205);
        const string alphabet = "abcXYZ019 '.,-_()/\t\"`~@";
        for (var n = 0; n < 2000; n++)
        {
            var name = RandomText(random, alphabet, 0, 24);
            Assert.Equal(NameKey.Exact(name + "\u00E9"), NameKey.Exact(name + "e"));
        }
    }

    [Fact]
    public void Long_names_past_the_stack_buffer_are_keyed_whole()
    {
        var name = string.Join(' ', Enumerable.Repeat("Ana-Maria", 60));
        Assert.Equal(string.Join(' ', Enumerable.Repeat("ana maria", 60)), NameKey.Exact(name));
    }

    [Theory]
    [InlineData("Taras Hnatiuk", true)]
    [InlineData("  O'Brien,  Mary-Kate ", true)]
    [InlineData("Recep Tayyip Erdoğan", false)]
    public void Keys_written_into_a_buffer_match_the_string_keys_for_ascii_names_only(string name, bool ascii)
    {
        Span<char> buffer = stackalloc char[64];
        Assert.Equal(ascii, NameKey.TryExact(name, buffer, out var length));
        Assert.Equal(ascii ? NameKey.Exact(name) : "", buffer[..length].ToString());
    }

    [Fact]
    public void A_buffer_shorter_than_the_name_is_refused_not_overrun()
    {
        Span<char> buffer = stackalloc char[4];
        Assert.False(NameKey.TryExact("Ivan Sirko", buffer, out var length));
        Assert.Equal(0, length);
        Assert.Throws<ArgumentException>(() => NameKey.LooseFromExact("ivan sirko", new char[4]));
    }

    [Theory]
    [InlineData("volodymyr zelenskyy")]
    [InlineData("  kirill   dmitriyev ")]
    [InlineData("")]
    public void Loose_keys_written_into_a_buffer_match_the_string_ones(string exact)
    {
        var buffer = new char[exact.Length];
        Assert.Equal(NameKey.LooseFromExact(exact), new string(buffer, 0, NameKey.LooseFromExact(exact, buffer)));
    }

    [Fact]
    public void Loose_keys_fold_exactly_as_the_word_by_word_rules_say()
    {
        // Random exact-form names over the letters the rules touch (k+h, y, j, w, doubled letters, the five endings),
        // against a plain restatement of the rules, one word at a time.
        var random = new Random(41);
        const string alphabet = "khyjwiaes ";
        for (var n = 0; n < 3000; n++)
        {
            var exact = string.Join(' ', RandomText(random, alphabet, 1, 20).Split(' ', StringSplitOptions.RemoveEmptyEntries));
            Assert.Equal(Reference(exact), NameKey.LooseFromExact(exact));
        }

        Assert.Equal("zelenski", NameKey.LooseFromExact("zelenskyy"));
        Assert.Equal("harkiv dmitriev", NameKey.LooseFromExact("kharkiv dmitriyev"));
    }

    private static string RandomText(Random random, string alphabet, int minLength, int maxLength)
    {
        var chars = new char[random.Next(minLength, maxLength)];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = alphabet[random.Next(alphabet.Length)];
        }

        return new string(chars);
    }

    private static string Reference(string exact)
    {
        var words = new List<string>();
        foreach (var raw in exact.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var w = raw;
            foreach (var ending in new[] { "yy", "iy", "ii", "ij", "yi" })
            {
                if (w.Length > ending.Length + 2 && w.EndsWith(ending, StringComparison.Ordinal))
                {
                    w = w[..^ending.Length] + "i";
                    break;
                }
            }

            var folded = "";
            for (var i = 0; i < w.Length; i++)
            {
                var c = w[i];
                if (c == 'k' && i + 1 < w.Length && w[i + 1] == 'h')
                {
                    c = 'h';
                    i++;
                }
                else if (c is 'y' or 'j')
                {
                    c = 'i';
                }
                else if (c == 'w')
                {
                    c = 'v';
                }

                if (folded.Length == 0 || folded[^1] != c)
                {
                    folded += c;
                }
            }

            words.Add(folded);
        }

        return string.Join(' ', words);
    }
}
