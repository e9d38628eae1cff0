using Backchannel.Knowledge.Roles;

namespace Backchannel.Tests.Knowledge;

public sealed class RoleLexiconTests
{
    [Fact]
    public void Every_wording_is_found_from_a_buffer_as_from_a_string_and_fits_the_longest_length()
    {
        var lexicon = RoleLexicon.Default;
        Assert.NotEmpty(lexicon.Wordings);
        foreach (var wording in lexicon.Wordings)
        {
            // A buffer larger than the words, as the phrase finder's is: only the slice is looked up.
            var buffer = (wording.Words + " and more").ToCharArray();
            Assert.Same(lexicon.Find(wording.Words), lexicon.Find(buffer.AsSpan(0, wording.Words.Length)));
            Assert.InRange(wording.Words.Length, 1, lexicon.MaxLength);
        }
    }

    [Fact]
    public void Words_that_are_no_title_are_not_found_from_a_buffer()
    {
        var lexicon = RoleLexicon.Default;
        Assert.Null(lexicon.Find("weather forecaster of the week".AsSpan()));
        Assert.Null(lexicon.Find(ReadOnlySpan<char>.Empty));
    }
}
