using Backchannel.Tagging;
using Backchannel.Tests.Support;

namespace Backchannel.Tests.Tagging;

/// <summary>The per-thread lemma cache of <see cref="Lemmatizer.Lemmatize"/> never changes a lemma.</summary>
public sealed class LemmaCacheTests
{
    private static readonly string[] Tags = ["NN", "NNS", "NNP", "VB", "VBD", "VBG", "VBN", "VBZ", "VBP", "JJ", "JJR", "RB", "RBR", "MD", "DT", "POS", "PRP"];

    [Fact]
    public void Cached_lemmas_are_those_computed_afresh_even_when_pairs_evict_each_other()
    {
        // 6,000 made-up spellings under every tag are far more pairs than the cache has slots, so slots are
        // overwritten again and again; the real words come back between them.
        string[] words = ["met", "talks", "better", "children", "meeting", "'d", "'s", "n't", "ca", "Ministers", "agreed", "larger", "Geneva", "the", "batteries"];
        var lemmatizer = Lemmatizer.Shipped;
        for (var round = 0; round < 3; round++)
        {
            for (var i = 0; i < 6000; i++)
            {
                var word = i % 3 == 0 ? $"zorbles{i}" : i % 3 == 1 ? $"Quintary{i}ies" : $"plimmed{i}";
                var tag = Tags[(i + round) % Tags.Length];
                Assert.Equal(lemmatizer.LemmatizeUncached(word, tag), lemmatizer.Lemmatize(word, tag));
                var known = words[i % words.Length];
                var knownTag = Tags[(i / words.Length) % Tags.Length];
                Assert.Equal(lemmatizer.LemmatizeUncached(known, knownTag), lemmatizer.Lemmatize(known, knownTag));
            }
        }
    }

    [Fact]
    public void One_spelling_under_two_tags_keeps_each_tags_lemma()
    {
        var lemmatizer = Lemmatizer.Shipped;

        Assert.Equal("good", lemmatizer.Lemmatize("better", "JJR"));
        Assert.Equal("well", lemmatizer.Lemmatize("better", "RBR"));
        Assert.Equal("good", lemmatizer.Lemmatize("better", "JJR"));
        Assert.Equal("have", lemmatizer.Lemmatize("'d", "VBD"));
        Assert.Equal("would", lemmatizer.Lemmatize("'d", "MD"));
    }

    [Fact]
    public void A_lemmatizer_with_another_lexicon_never_reads_the_shipped_ones_lemmas()
    {
        // A WordNet with no exception lists: "children" has no known singular there.
        using var folder = new TempFolder();
        foreach (var name in new[] { "noun", "verb", "adj", "adv" })
        {
            folder.Write("index." + name, name == "noun" ? "child n 1 0 1 0 00000000\n" : "");
            folder.Write(name + ".exc", "");
        }

        var bare = new Lemmatizer(LemmaLexicon.FromWordNet(folder.Path));

        Assert.Equal("child", Lemmatizer.Shipped.Lemmatize("children", "NNS"));
        Assert.Equal("children", bare.Lemmatize("children", "NNS"));
        Assert.Equal("child", Lemmatizer.Shipped.Lemmatize("children", "NNS"));
    }
}
