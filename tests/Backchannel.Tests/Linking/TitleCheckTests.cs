using Backchannel.Knowledge;
using Backchannel.Linking;
using Backchannel.Tests.Knowledge;

namespace Backchannel.Tests.Linking;

/// <summary>
/// Issue 16: a title check reads the sentence. It compares the title with the post the title names, honours
/// "former", "then-" and "-elect", checks a sentence about another time at that time, and says nothing when it
/// cannot tell. Invented people and posts.
/// </summary>
public sealed class TitleCheckTests
{
    private static readonly KnowledgeBase Kb = KnowledgeBase.From(
    [
        .. LinkFixture.Kb.Entities,
        KbFixture.Person("bc:gavin-rook", "Gavin Rook", "gb"),
        KbFixture.Person("bc:hal-whitby", "Hal Whitby", "gb"),
        KbFixture.Person("bc:ron-tate", "Ron Tate", "us"),
        KbFixture.Position("gb-prime-minister", "Prime Minister of the United Kingdom", "gb", "head_of_government"),
        KbFixture.Position("gb-chancellor-exchequer", "Chancellor of the Exchequer", "gb", "finance_minister"),
        KbFixture.Position("us-president", "President of the United States", "us", "head_of_state"),
        KbFixture.Term("bc:gavin-rook", "gb-chancellor-exchequer", "1997-05-02", "2007-06-27", "ended"),
        KbFixture.Term("bc:gavin-rook", "gb-prime-minister", "2007-06-27", "2010-05-11", "ended"),
        KbFixture.Term("bc:hal-whitby", "gb-prime-minister", "1964-10-16", "1970-06-19", "ended"),
        KbFixture.Term("bc:ron-tate", "us-president", "1993-01-20", "2001-01-20", "ended"),
    ]);

    [Fact]
    public void A_chancellor_outside_germany_and_austria_is_not_checked_against_the_head_of_government()
    {
        const string text = "Chancellor Gavin Rook presented his budget to parliament.";
        var link = LinkFixture.Link(Kb, text, "2005-03-01", "Gavin Rook/PER").At(text, "Gavin Rook");

        Assert.Equal("bc:gavin-rook", link.EntityId);
        Assert.NotEqual(TitleAgreement.Disagrees, link.Title);
        Assert.NotEqual("gb-prime-minister", link.TitlePositionId);
    }

    [Fact]
    public void The_chancellor_in_a_british_story_is_the_one_introduced_as_chancellor_not_the_prime_minister()
    {
        var kb = KnowledgeBase.From(
        [
            .. Kb.Entities,
            KbFixture.Person("bc:ada-pell", "Ada Pell", "gb"),
            KbFixture.Term("bc:ada-pell", "gb-prime-minister", "2003-01-01", "2009-01-01", "ended"),
        ]);
        const string text = "Prime Minister Ada Pell met Chancellor Gavin Rook. Later the chancellor spoke.";
        var links = LinkFixture.Link(kb, text, "2005-03-01", "Ada Pell/PER", "Gavin Rook/PER");

        Assert.Equal("bc:gavin-rook", links.At(text, "the chancellor").EntityId);
    }

    [Fact]
    public void A_former_prime_minister_agrees_with_a_term_that_ended()
    {
        const string text = "The former prime minister Hal Whitby died at home.";
        Assert.Equal(TitleAgreement.Agrees, LinkFixture.Link(Kb, text, "2005-03-01", "Hal Whitby/PER").At(text, "Hal Whitby").Title);
    }

    [Fact]
    public void A_sentence_about_an_earlier_year_is_checked_in_that_year()
    {
        const string agrees = "When President Ron Tate signed the accord in 1994, few expected it to last.";
        var link = LinkFixture.Link(Kb, agrees, "2016-10-01", "Ron Tate/PER").At(agrees, "Ron Tate");
        Assert.Equal(TitleAgreement.Agrees, link.Title);
        Assert.Contains("1994", link.TitleDetail, StringComparison.Ordinal);

        const string disagrees = "In 2019, Foreign Minister Olena Marchuk visited Warsaw.";
        var early = LinkFixture.Link(Kb, disagrees, "2026-01-21", "Olena Marchuk/PER").At(disagrees, "Olena Marchuk");
        Assert.Equal(TitleAgreement.Disagrees, early.Title);
        Assert.Contains("2019", early.TitleDetail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stale_title_is_still_a_clash()
    {
        const string text = "Foreign Minister Olena Marchuk said the talks had gone well.";
        var link = LinkFixture.Link(Kb, text, "2026-01-21", "Olena Marchuk/PER").At(text, "Olena Marchuk");

        Assert.Equal(TitleAgreement.Disagrees, link.Title);
        Assert.Equal("ua-foreign-minister", link.TitlePositionId);
    }

    [Fact]
    public void A_past_tense_title_for_a_term_long_over_speaks_of_that_time()
    {
        const string text = "Prime Minister Hal Whitby devalued the pound.";
        Assert.NotEqual(TitleAgreement.Disagrees, LinkFixture.Link(Kb, text, "2005-03-01", "Hal Whitby/PER").At(text, "Hal Whitby").Title);
    }

    [Fact]
    public void A_past_tense_sentence_weeks_after_the_term_ended_is_uncertain_not_a_clash()
    {
        // Rook left the prime ministership on 2010-05-11; a report five weeks later may tell of the days before.
        const string past = "Voters recently turned out Prime Minister Gavin Rook at the polls.";
        var recent = LinkFixture.Link(Kb, past, "2010-06-20", "Gavin Rook/PER").At(past, "Gavin Rook");
        Assert.Equal(TitleAgreement.Unclear, recent.Title);
        Assert.Equal("gb-prime-minister", recent.TitlePositionId);
        Assert.Contains("tells of the past", recent.TitleDetail, StringComparison.Ordinal);

        // The same sentence ten months on, and a present-tense one five weeks on, still clash.
        Assert.Equal(TitleAgreement.Disagrees, LinkFixture.Link(Kb, past, "2011-03-20", "Gavin Rook/PER").At(past, "Gavin Rook").Title);
        const string present = "Prime Minister Gavin Rook says he will stay on.";
        Assert.Equal(TitleAgreement.Disagrees, LinkFixture.Link(Kb, present, "2010-06-20", "Gavin Rook/PER").At(present, "Gavin Rook").Title);
    }

    [Fact]
    public void A_then_title_without_a_stated_time_gives_no_verdict()
    {
        const string text = "The then-president Ron Tate had warned against it.";
        Assert.Equal(TitleAgreement.None, LinkFixture.Link(Kb, text, "2016-10-01", "Ron Tate/PER").At(text, "Ron Tate").Title);
    }

    [Fact]
    public void A_broader_title_than_the_post_claims_nothing()
    {
        const string text = "Culture Minister Olena Marchuk opened the museum.";
        Assert.NotEqual(TitleAgreement.Disagrees, LinkFixture.Link(Kb, text, "2026-01-21", "Olena Marchuk/PER").At(text, "Olena Marchuk").Title);
    }

    [Fact]
    public void A_country_anchored_chancellor_outside_germany_is_not_the_head_of_government()
    {
        const string text = "The British chancellor Gavin Rook spoke in Paris.";
        Assert.NotEqual(TitleAgreement.Disagrees, LinkFixture.Link(Kb, text, "2005-03-01", "British/NORP", "Gavin Rook/PER").At(text, "Gavin Rook").Title);
    }

    [Fact]
    public void A_date_in_a_clause_of_its_own_does_not_make_a_current_title_a_clash()
    {
        const string text = "President Ron Tate, elected in 1992, spoke on Monday.";
        Assert.Equal(TitleAgreement.Agrees, LinkFixture.Link(Kb, text, "1996-03-01", "Ron Tate/PER").At(text, "Ron Tate").Title);
    }

    [Fact]
    public void A_title_after_an_indefinite_article_is_no_claim()
    {
        const string text = "Critics doubt how good a prime minister Gavin Rook will make.";
        Assert.NotEqual(TitleAgreement.Disagrees, LinkFixture.Link(Kb, text, "2005-03-01", "Gavin Rook/PER").At(text, "Gavin Rook").Title);
    }

    [Fact]
    public void A_sentence_about_a_decade_is_checked_in_that_decade()
    {
        const string text = "Laws passed during President Ron Tate's time in the 1990s still matter.";
        Assert.Equal(TitleAgreement.Agrees, LinkFixture.Link(Kb, text, "2016-10-01", "Ron Tate/PER").At(text, "Ron Tate").Title);
    }

    [Fact]
    public void An_indefinite_or_a_speaker_s_title_does_not_point_back_to_an_actor()
    {
        const string text = "President Ron Tate spoke. Critics said he was a president in name only, and our president said nothing.";
        var links = LinkFixture.Link(Kb, text, "1996-03-01", "Ron Tate/PER");

        Assert.DoesNotContain(links, l => text[l.Start..l.End] is "a president" or "our president");
    }
}
