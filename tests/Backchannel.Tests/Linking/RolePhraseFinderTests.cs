using Backchannel.Documents;
using Backchannel.Entities;
using Backchannel.Linking;
using Backchannel.Pipeline;
using Backchannel.Tagging;
using Backchannel.Text;

namespace Backchannel.Tests.Linking;

public sealed class RolePhraseFinderTests
{
    private static readonly Backchannel.Pipeline.Pipeline Tagging = new PipelineBuilder().UseTokenizer().UseTagger().Build();

    private static readonly RolePhraseFinder Finder = EntityLinker.For(LinkFixture.Kb).Finder;

    [Theory]
    [InlineData("The vice-president of Ukraine spoke first.", "vice-president", "vice_president")]
    [InlineData("Officials said Ukraine's foreign minister would attend.", "foreign minister", "foreign_minister")]
    public void A_title_is_found_where_the_scan_lets_its_first_word_through(string text, string title, string role)
    {
        var (found, starts) = Find(text, scan: true);

        // The scan keeps a handful of tokens, not the sentence: the filters rule the rest out.
        Assert.InRange(starts, 1, 3);
        var phrase = Assert.Single(found);
        Assert.Equal(text.IndexOf(title, StringComparison.Ordinal), phrase.TitleStart);
        Assert.Contains(role, phrase.Phrase.Roles);
    }

    [Fact]
    public void The_finder_starts_phrases_only_at_the_tokens_it_is_given()
    {
        var (found, _) = Find("The vice-president of Ukraine spoke first.", scan: false);
        Assert.Empty(found);
    }

    [Theory]
    [InlineData("vice-president", true)]
    [InlineData("son-in-law", true)]
    [InlineData("president", true)]
    [InlineData("qxq", false)]
    [InlineData("yesterday", false)]
    public void The_scan_lets_through_title_heads_before_a_hyphen_and_relationship_words(string word, bool expected) =>
        Assert.Equal(expected, Finder.MayStartAt(word, WordFilter.Slot(word)));

    [Theory]
    [InlineData("president")]
    [InlineData("minister")]
    [InlineData("wife")]
    [InlineData("yesterday")]
    [InlineData("qxq")]
    public void A_word_without_a_hyphen_is_judged_by_its_own_slot_alone(string word)
    {
        var slot = WordFilter.Slot(word);
        Assert.Equal(Finder.MayStartAt(word, slot), Finder.MayStartAtWord(slot));
    }

    private static (List<FoundPhrase> Found, int Starts) Find(string text, bool scan)
    {
        var document = Tagging.Process(new Document(text, new DocumentMetadata()));
        var tokens = document.Get(TextLayers.Tokens).AsSpan();
        var sentence = Assert.Single(document.Get(TextLayers.Sentences).AsSpan().ToArray());
        var starts = new List<int>();
        for (var t = sentence.FirstToken; scan && t < sentence.FirstToken + sentence.TokenCount; t++)
        {
            var word = text.AsSpan(tokens[t].Start, tokens[t].Length);
            if (tokens[t].Kind is TokenKind.Word && Finder.MayStartAt(word, WordFilter.Slot(word)))
            {
                starts.Add(t);
            }
        }

        var found = new List<FoundPhrase>();
        Finder.Find(text, tokens, document.Get(TaggingLayers.Pos).AsSpan(), sentence, ReadOnlySpan<EntityMention>.Empty, [], starts.ToArray(), found);
        return (found, starts.Count);
    }
}
