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
            var chars = new char[random.Next(0, 24)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            var name = new string(chars);
            Assert.Equal(NameKey.Exact(name + "\u00E9"), NameKey.Exact(name + "e"));
        }
    }

    [Fact]
    public void Long_names_past_the_stack_buffer_are_keyed_whole()
    {
        var name = string.Join(' ', Enumerable.Repeat("Ana-Maria", 60));
        Assert.Equal(string.Join(' ', Enumerable.Repeat("ana maria", 60)), NameKey.Exact(name));
    }
}
