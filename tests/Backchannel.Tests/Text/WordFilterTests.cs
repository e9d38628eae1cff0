using Backchannel.Text;

namespace Backchannel.Tests.Text;

public sealed class WordFilterTests
{
    private static readonly string[] Listed = ["president", "minister", "son-in-law", "Élysée", "x", "secretary-general"];

    [Fact]
    public void Listed_words_always_pass_in_any_case()
    {
        var filter = new WordFilter(Listed);
        foreach (var word in Listed)
        {
            Assert.True(filter.MayContain(word), word);
            Assert.True(filter.MayContain(word.ToUpperInvariant()), word);
            Assert.True(filter.MayContain(char.ToUpperInvariant(word[0]) + word[1..]), word);
        }
    }

    [Theory]
    [InlineData("the")]
    [InlineData("said")]
    [InlineData("presidents")]
    [InlineData("premier")]
    [InlineData("y")]
    public void Words_with_another_length_or_other_end_letters_are_ruled_out(string word) =>
        Assert.False(new WordFilter(Listed).MayContain(word));

    [Fact]
    public void A_word_sharing_length_and_end_letters_passes_so_the_real_lookup_still_decides() =>
        // "pluralist" has the length, first and last letter of "president": a filter, not a set.
        Assert.True(new WordFilter(Listed).MayContain("pluralist"));
}
