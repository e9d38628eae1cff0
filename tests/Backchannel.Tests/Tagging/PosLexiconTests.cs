using Backchannel.Tagging;

namespace Backchannel.Tests.Tagging;

public sealed class PosLexiconTests
{
    private const int Tags = 4;

    [Fact]
    public void A_frequent_unambiguous_word_gets_its_tag_fixed()
    {
        var lexicon = Build(("the", 1, 40), ("run", 2, 3), ("run", 3, 3), ("rare", 0, 2));

        Assert.Equal(1, lexicon.FixedTag("the"));
        Assert.Equal(1, lexicon.FixedTag(PosLexicon.Hash("the")));
    }

    [Fact]
    public void An_ambiguous_or_rare_word_is_known_but_not_fixed()
    {
        var lexicon = Build(("the", 1, 40), ("run", 2, 3), ("run", 3, 3), ("rare", 0, 2));

        Assert.True(lexicon.Contains("run"));
        Assert.Equal(-1, lexicon.FixedTag("run"));
        Assert.True(lexicon.Contains("rare"));
        Assert.Equal(-1, lexicon.FixedTag("rare"));
    }

    [Fact]
    public void An_unseen_word_is_unknown_and_lookup_is_case_sensitive()
    {
        var lexicon = Build(("the", 1, 40));

        Assert.False(lexicon.Contains("The"));
        Assert.Equal(-1, lexicon.FixedTag("The"));
        Assert.False(lexicon.Contains("envoy"));
        Assert.False(lexicon.Contains(""));
    }

    [Fact]
    public void Tag_zero_and_the_last_tag_survive_the_packed_slots()
    {
        var lexicon = Build(("a", 0, 10), ("z", Tags - 1, 10));

        Assert.Equal(0, lexicon.FixedTag("a"));
        Assert.Equal(Tags - 1, lexicon.FixedTag("z"));
    }

    [Fact]
    public void The_shipped_lexicon_answers_the_same_after_a_save_and_load()
    {
        // Thousands of words in a table at most half full: every probe chain and wrap-around gets exercised.
        var shipped = PosTagger.Shipped.Lexicon;
        var path = Path.Combine(Path.GetTempPath(), $"bc-lex-{Guid.NewGuid():N}.lex");
        try
        {
            shipped.Save(path);
            var loaded = PosLexicon.Load(path);
            Assert.Equal(shipped.Count, loaded.Count);
            Assert.True(shipped.Count > 10_000);
            foreach (var word in new[] { "the", "said", "minister", "Monday", ",", "talks", "unheard-of-word-xyz" })
            {
                Assert.Equal(shipped.Contains(word), loaded.Contains(word));
                Assert.Equal(shipped.FixedTag(word), loaded.FixedTag(word));
            }

            Assert.NotEqual(-1, shipped.FixedTag("the"));
            Assert.False(shipped.Contains("unheard-of-word-xyz"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Every_word_of_a_large_lexicon_is_found_with_its_own_tag()
    {
        var occurrences = new List<(string, int)>();
        for (var w = 0; w < 20_000; w++)
        {
            for (var n = 0; n < PosLexicon.MinimumCount; n++)
            {
                occurrences.Add(($"w{w}", w % Tags));
            }
        }

        var lexicon = PosLexicon.Build(occurrences, Tags);

        for (var w = 0; w < 20_000; w++)
        {
            Assert.Equal(w % Tags, lexicon.FixedTag($"w{w}"));
        }

        Assert.Equal(-1, lexicon.FixedTag("w20000"));
    }

    private static PosLexicon Build(params (string Word, int Tag, int Count)[] words) =>
        PosLexicon.Build(words.SelectMany(w => Enumerable.Repeat((w.Word, w.Tag), w.Count)), Tags);
}
