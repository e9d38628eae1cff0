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

    [Theory]
    [InlineData("president")]
    [InlineData("Premier")]
    [InlineData("said")]
    [InlineData("pluralist")]
    [InlineData("")]
    public void A_known_slot_answers_as_the_word_does_in_every_filter(string word)
    {
        // Two filters over different lists, one slot: each must answer exactly as it does from the word itself.
        WordFilter[] filters = [new(Listed), new(["said", "told"])];
        var slot = WordFilter.Slot(word);
        foreach (var filter in filters)
        {
            Assert.Equal(filter.MayContain(word), filter.MayContainSlot(slot));
        }
    }
}
