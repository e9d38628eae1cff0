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
}
