using Backchannel.Knowledge;
using Backchannel.Linking;
using Backchannel.Tests.Knowledge;

namespace Backchannel.Tests.Linking;

public sealed class EntityLinkerTests
{
    [Fact]
    public void An_exact_name_links_to_the_record_with_a_reason()
    {
        const string text = "Olena Marchuk spoke in Kyiv.";
        var link = LinkFixture.Link(text, "2023-05-01", "Olena Marchuk/PER").At(text, "Olena Marchuk");

        Assert.Equal("bc:olena-marchuk", link.EntityId);
        Assert.Equal(LinkKind.Name, link.Kind);
        Assert.Contains("exact name", link.Reason, StringComparison.Ordinal);
        Assert.True(link.Confidence >= 0.9f);
    }

    [Fact]
    public void A_transliteration_variant_links_with_less_confidence_than_the_exact_name()
    {
        const string text = "Taras Hnatjuk arrived late. Taras Hnatiuk left early.";
        var links = LinkFixture.Link(text, "2026-01-21", "Taras Hnatjuk/PER", "Taras Hnatiuk/PER");

        var loose = links.At(text, "Taras Hnatjuk");
        Assert.Equal("bc:taras-hnatiuk", loose.EntityId);
        Assert.Contains("transliteration", loose.Reason, StringComparison.Ordinal);
        Assert.True(loose.Confidence < 0.9f);
    }

    [Fact]
    public void Two_people_with_one_name_are_told_apart_by_who_held_a_post_on_the_document_date()
    {
        const string text = "Mark Dorn met officials on Monday.";
        var link = LinkFixture.Link(text, "2026-01-21", "Mark Dorn/PER").At(text, "Mark Dorn");

        Assert.Equal("bc:mark-dorn-us", link.EntityId);
        Assert.Contains("best of 2", link.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_that_matches_the_record_agrees()
    {
        const string text = "Ukrainian Foreign Minister Taras Hnatiuk said the talks were useful.";
        var link = LinkFixture.Link(text, "2026-01-21", "Ukrainian/NORP", "Taras Hnatiuk/PER").At(text, "Taras Hnatiuk");

        Assert.Equal("bc:taras-hnatiuk", link.EntityId);
        Assert.Equal(TitleAgreement.Agrees, link.Title);
        Assert.Equal("ua-foreign-minister", link.TitlePositionId);
    }

    [Fact]
    public void A_hyphenated_title_before_a_name_is_checked_against_the_record()
    {
        // The sentence scan looks for title heads before hyphens only in sentences that have a hyphen at all.
        var kb = KnowledgeBase.From(
        [
            .. LinkFixture.Kb.Entities,
            KbFixture.Position("ua-vice-president", "Vice President of Ukraine", "ua", "vice_president"),
            KbFixture.Term("bc:anna-lys", "ua-vice-president", "2022-01-01", null, "current"),
        ]);
        const string text = "Ukrainian Vice-President Anna Lys said the talks were useful.";
        var link = LinkFixture.Link(kb, text, "2026-01-21", "Ukrainian/NORP", "Anna Lys/PER").At(text, "Anna Lys");

        Assert.Equal("bc:anna-lys", link.EntityId);
        Assert.Equal(TitleAgreement.Agrees, link.Title);
        Assert.Equal("ua-vice-president", link.TitlePositionId);
    }

    [Fact]
    public void A_title_whose_term_ended_before_the_document_date_disagrees()
    {
        const string text = "Foreign Minister Olena Marchuk said the talks were useful.";
        var link = LinkFixture.Link(text, "2026-01-21", "Olena Marchuk/PER").At(text, "Olena Marchuk");

        Assert.Equal("bc:olena-marchuk", link.EntityId);
        Assert.Equal(TitleAgreement.Disagrees, link.Title);
        Assert.Equal("ua-foreign-minister", link.TitlePositionId);
        Assert.Equal("term ended 2024-09-05", link.TitleDetail);
    }

    [Fact]
    public void The_same_title_before_the_end_of_the_term_agrees()
    {
        const string text = "Foreign Minister Olena Marchuk said the talks were useful.";
        var link = LinkFixture.Link(text, "2023-06-01", "Olena Marchuk/PER").At(text, "Olena Marchuk");

        Assert.Equal(TitleAgreement.Agrees, link.Title);
    }

    [Fact]
    public void Former_before_the_name_of_a_sitting_holder_disagrees()
    {
        const string text = "The former president Claire Vautrin visited Lyon.";
        var link = LinkFixture.Link(text, "2025-03-01", "Claire Vautrin/PER", "Lyon/GPE").At(text, "Claire Vautrin");

        Assert.Equal("bc:claire-vautrin", link.EntityId);
        Assert.Equal(TitleAgreement.Disagrees, link.Title);
        Assert.Equal("fr-president", link.TitlePositionId);
    }

    [Fact]
    public void A_title_inside_a_mention_labelled_as_a_place_still_links_a_person()
    {
        const string text = "President Dmytro Koval thanked the crowd.";
        var link = LinkFixture.Link(text, "2026-01-21", "President Dmytro Koval/LOC").At(text, "Dmytro Koval");

        Assert.Equal("bc:dmytro-koval", link.EntityId);
        Assert.Equal(TitleAgreement.Agrees, link.Title);
    }

    [Fact]
    public void A_surname_later_in_the_text_refers_back_to_the_person_introduced()
    {
        const string text = "Olena Marchuk arrived on Monday. Later, Marchuk told reporters she was hopeful.";
        var link = LinkFixture.Link(text, "2023-05-01", "Olena Marchuk/PER", "Marchuk/PER").At(text, "Marchuk", 20);

        Assert.Equal("bc:olena-marchuk", link.EntityId);
        Assert.Equal(LinkKind.Coreference, link.Kind);
        Assert.Contains("surname of bc:olena-marchuk", link.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_people_become_one_nil_entity_each_and_their_surnames_join_them()
    {
        const string text = "Boris Quell met Anna Tamm in Geneva. Quell said little, and Tamm said less.";
        var links = LinkFixture.Link(text, "2026-01-21", "Boris Quell/PER", "Anna Tamm/PER", "Geneva/GPE", "Quell/PER", "Tamm/PER");

        var quell = links.At(text, "Boris Quell").EntityId;
        var tamm = links.At(text, "Anna Tamm").EntityId;
        Assert.StartsWith("nil:", quell, StringComparison.Ordinal);
        Assert.StartsWith("nil:", tamm, StringComparison.Ordinal);
        Assert.NotEqual(quell, tamm);
        Assert.Equal(quell, links.At(text, "Quell", 30).EntityId);
        Assert.Equal(tamm, links.At(text, "Tamm", 30).EntityId);
    }

    [Fact]
    public void The_same_role_phrase_resolves_to_different_holders_on_different_dates()
    {
        const string text = "Ukraine's president spoke first.";

        Assert.Equal("bc:anna-lys", LinkFixture.Link(text, "2017-03-01", "Ukraine/GPE").At(text, "Ukraine's president").EntityId);
        var later = LinkFixture.Link(text, "2026-01-21", "Ukraine/GPE").At(text, "Ukraine's president");
        Assert.Equal("bc:dmytro-koval", later.EntityId);
        Assert.Equal(LinkKind.Title, later.Kind);
        Assert.Contains("holder of ua-president on 2026-01-21", later.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_description_with_a_nationality_word_finds_the_post_holder()
    {
        const string text = "The US special envoy arrived on Monday.";
        var link = LinkFixture.Link(text, "2026-01-21", "US/GPE").At(text, "The US special envoy");

        Assert.Equal("bc:mark-dorn-us", link.EntityId);
        Assert.Equal(LinkKind.Title, link.Kind);
    }

    [Fact]
    public void A_bare_title_refers_back_to_the_person_who_holds_that_post()
    {
        const string text = "Taras Hnatiuk arrived on Monday. The minister said the talks would go on.";
        var link = LinkFixture.Link(text, "2026-01-21", "Taras Hnatiuk/PER").At(text, "The minister");

        Assert.Equal("bc:taras-hnatiuk", link.EntityId);
        Assert.Equal(LinkKind.Coreference, link.Kind);
    }

    [Fact]
    public void A_bare_title_refers_back_to_an_unknown_person_introduced_with_that_title()
    {
        const string text = "Special envoy Boris Quell flew in. The envoy left on Friday.";
        var links = LinkFixture.Link(text, "2026-01-21", "Boris Quell/PER");

        Assert.StartsWith("nil:", links.At(text, "Boris Quell").EntityId, StringComparison.Ordinal);
        Assert.Equal(links.At(text, "Boris Quell").EntityId, links.At(text, "The envoy").EntityId);
    }

    [Fact]
    public void A_relationship_phrase_links_to_the_relative_in_the_record()
    {
        const string text = "Hartley's son-in-law joined the call.";
        var link = LinkFixture.Link(text, "2026-01-21", "Hartley/PER").At(text, "Hartley's son-in-law");

        Assert.Equal("bc:ned-hartley-lowe", link.EntityId);
        Assert.Equal(LinkKind.Description, link.Kind);
    }

    [Fact]
    public void A_descriptive_alias_in_the_record_links_without_a_mention()
    {
        const string text = "Ukraine's reserve fund will pay for it.";
        var link = LinkFixture.Link(text, "2026-01-21", "Ukraine/GPE").At(text, "Ukraine's reserve fund");

        Assert.Equal("bc:ua-reserve-fund", link.EntityId);
        Assert.Equal(LinkKind.Description, link.Kind);
    }

    [Fact]
    public void A_name_recorded_with_an_article_links_from_a_mention_without_it()
    {
        const string text = "A statement from the Lindenhaus came at noon.";
        var link = LinkFixture.Link(text, "2026-01-21", "Lindenhaus/LOC").At(text, "Lindenhaus");

        Assert.Equal("bc:ua-office", link.EntityId);
    }

    [Fact]
    public void A_country_name_links_to_the_country()
    {
        const string text = "Delegates from France arrived.";
        var link = LinkFixture.Link(text, "2026-01-21", "France/GPE").At(text, "France");

        Assert.Equal("fr", LinkFixture.Kb.Get(link.EntityId)?.First("code"));
    }

    [Fact]
    public void An_unknown_place_is_not_made_an_actor()
    {
        const string text = "They met in Zellberg.";

        Assert.Empty(LinkFixture.Link(text, "2026-01-21", "Zellberg/GPE"));
    }

    [Fact]
    public void A_surname_in_a_headline_before_the_full_name_is_claimed_by_the_full_name()
    {
        const string text = "Marchuk warns of delays\n\nOlena Marchuk said on Monday that the talks would slip.";
        // In 2026 she holds no post, so the bare surname alone finds nobody in the record and first becomes a NIL.
        var link = LinkFixture.Link(text, "2026-01-21", "Marchuk/PER", "Olena Marchuk/PER").At(text, "Marchuk");

        Assert.Equal("bc:olena-marchuk", link.EntityId);
        Assert.Equal(LinkKind.Coreference, link.Kind);
    }

    [Fact]
    public void Another_wording_of_the_same_role_finds_the_post()
    {
        const string text = "Ukraine's chief diplomat spoke first.";

        Assert.Equal("bc:taras-hnatiuk", LinkFixture.Link(text, "2026-01-21", "Ukraine/GPE").At(text, "Ukraine's chief diplomat").EntityId);
    }

    [Fact]
    public void Its_before_a_title_takes_the_country_named_last()
    {
        const string text = "Ukraine sent a delegation, and its foreign minister led it.";

        Assert.Equal("bc:taras-hnatiuk", LinkFixture.Link(text, "2026-01-21", "Ukraine/GPE").At(text, "its foreign minister").EntityId);
    }

    [Fact]
    public void A_title_after_a_possessive_person_is_anchored_in_the_country_of_their_post()
    {
        const string text = "Dmytro Koval arrived. Koval's foreign minister followed an hour later.";
        var link = LinkFixture.Link(text, "2026-01-21", "Dmytro Koval/PER", "Koval/PER").At(text, "Koval's foreign minister");

        Assert.Equal("bc:taras-hnatiuk", link.EntityId);
    }

    [Fact]
    public void A_bare_title_does_not_borrow_a_different_title_of_the_same_kind()
    {
        const string text = "Special envoy Boris Quell flew in. The negotiator stayed home.";
        var links = LinkFixture.Link(text, "2026-01-21", "Boris Quell/PER");

        Assert.DoesNotContain(links, l => text[l.Start..l.End].Contains("negotiator", StringComparison.Ordinal));
    }

    [Fact]
    public void A_given_name_and_surname_find_a_recorded_name_with_a_middle_name()
    {
        const string text = "Anna Lys spoke in Lviv.";
        var kb = Backchannel.Knowledge.KnowledgeBase.From(
        [
            .. LinkFixture.Kb.Entities.Where(e => e.Id != "bc:anna-lys"),
            Backchannel.Tests.Knowledge.KbFixture.Person("bc:anna-lys", "Anna Petrivna Lys", "ua", "LYS, Anna Petrivna"),
        ]);

        var link = LinkFixture.Link(kb, text, "2017-03-01", "Anna Lys/PER").At(text, "Anna Lys");

        Assert.Equal("bc:anna-lys", link.EntityId);
        Assert.Contains("given name and surname", link.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_word_tagged_as_a_place_is_not_linked_to_a_person_though_a_full_name_so_tagged_is()
    {
        const string text = "Talks resumed in Hartley on Monday, and Paul Hartley spoke.";
        var kb = Backchannel.Knowledge.KnowledgeBase.From(
        [
            .. LinkFixture.Kb.Entities.Where(e => e.Id != "bc:paul-hartley"),
            Backchannel.Tests.Knowledge.KbFixture.Person("bc:paul-hartley", "Paul Hartley", "us", "Hartley"),
        ]);

        foreach (var label in new[] { "LOC", "GPE" })
        {
            var links = LinkFixture.Link(kb, text, "2026-01-21", $"Hartley/{label}");
            Assert.DoesNotContain(links, l => l.EntityId == "bc:paul-hartley");
        }

        Assert.Equal("bc:paul-hartley", LinkFixture.Link(kb, text, "2026-01-21", "Paul Hartley/LOC").At(text, "Paul Hartley").EntityId);
    }

    [Fact]
    public void Nothing_of_one_document_carries_over_to_the_next_on_the_same_thread()
    {
        // The linker reuses one run per thread: a document linked after another must come out exactly as it does on
        // a thread that has linked nothing before (NIL numbering restarts, no earlier surnames or titles resolve).
        const string first = "Boris Quell met Dmytro Koval. The special envoy Mark Dorn spoke later.";
        const string second = "Quell said the envoy had left. Boris Quell and Ines Tamm disagreed.";
        EntityLink[] Second() => LinkFixture.Link(second, "2026-01-21", "Quell/PER", "Boris Quell/PER", "Ines Tamm/PER");

        EntityLink[] fresh = [];
        var thread = new Thread(() => fresh = Second());
        thread.Start();
        thread.Join();

        LinkFixture.Link(first, "2026-01-21", "Boris Quell/PER", "Dmytro Koval/PER", "Mark Dorn/PER");
        var after = Second();

        Assert.NotEmpty(fresh);
        Assert.Equal(fresh, after);
        Assert.Equal("nil:1", fresh.At(second, "Quell").EntityId);
    }

    [Fact]
    public void A_thread_that_links_against_two_records_keeps_their_answers_apart()
    {
        // The run of a thread remembers what the record said about each name; another record must not hear it.
        var other = KnowledgeBase.From([.. KbFixture.Countries, KbFixture.Person("bc:mark-dorn-nz", "Mark Dorn", "nz")]);
        const string text = "Mark Dorn arrived in the capital.";
        var first = LinkFixture.Link(text, "2026-01-21", "Mark Dorn/PER");
        var second = LinkFixture.Link(other, text, "2026-01-21", "Mark Dorn/PER");
        var again = LinkFixture.Link(text, "2026-01-21", "Mark Dorn/PER");

        Assert.Equal("bc:mark-dorn-us", first.At(text, "Mark Dorn").EntityId);
        Assert.Equal("bc:mark-dorn-nz", second.At(text, "Mark Dorn").EntityId);
        Assert.Equal(first, again);
    }
}
