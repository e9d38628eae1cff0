using Backchannel.Knowledge;
using Backchannel.Knowledge.Model;
using Backchannel.Tests.Knowledge;

namespace Backchannel.Tests.Linking;

/// <summary>
/// Issue 16: a link rests on evidence. Invented sanctioned entities whose names are an acronym, a given name, a common
/// word and a surname shared with an office holder, over the fixture's record.
/// </summary>
public sealed class LinkEvidenceTests
{
    private static readonly KnowledgeBase Kb = KnowledgeBase.From(
    [
        .. LinkFixture.Kb.Entities,
        Org("ofac:901", "Kestrel Infrastructure Holding", "ru", "KIH"),
        Sanction("ofac:901"),
        KbFixture.Person("ofac:902", "Juan Ortega Valdes", "co", "ROSCO", "Oscar"),
        Sanction("ofac:902"),
        Org("ofac:903", "Lantern", "ir"),
        Sanction("ofac:903"),
        Org("ofac:904", "Ministry of Coastal Security", "kp", "MCS"),
        Sanction("ofac:904"),
        KbFixture.Person("bc:ewa-brannock", "Ewa Brannock", "gb"),
        KbFixture.Person("bc:tom-brannock", "Tom Brannock", "au"),
        KbFixture.Position("gb-minister", "Minister of Trade of the United Kingdom", "gb", "minister"),
        KbFixture.Position("au-minister", "Minister of Trade of Australia", "au", "minister"),
        KbFixture.Term("bc:ewa-brannock", "gb-minister", "2004-01-10", "2006-05-01", "ended"),
        KbFixture.Term("bc:tom-brannock", "au-minister", "2003-02-01", "2007-01-01", "ended"),
    ]);

    [Fact]
    public void An_acronym_never_links_to_a_sanctioned_entity_on_its_own()
    {
        const string text = "KIH shares rose in London.";
        Assert.DoesNotContain(LinkFixture.Link(Kb, text, "2005-03-01", "KIH/ORG", "London/GPE"), l => l.EntityId == "ofac:901");
    }

    [Fact]
    public void A_longer_acronym_of_a_sanctioned_entity_links_only_when_the_document_names_its_country()
    {
        var kb = KnowledgeBase.From([.. Kb.Entities, Org("ofac:905", "Volga Industrial Trust", "ru", "VOLT"), Sanction("ofac:905")]);

        const string alone = "VOLT shares rose.";
        Assert.DoesNotContain(LinkFixture.Link(kb, alone, "2005-03-01", "VOLT/ORG"), l => l.EntityId == "ofac:905");

        const string russian = "VOLT, the Russian holding, grew.";
        Assert.Equal("ofac:905", LinkFixture.Link(kb, russian, "2005-03-01", "VOLT/ORG", "Russian/NORP").At(russian, "VOLT").EntityId);
    }

    [Fact]
    public void An_acronym_the_document_spells_out_stands_for_that_name_and_not_the_record_s_entity()
    {
        const string text = "The Maritime Coordination Service (MCS) met. The MCS said little.";
        var links = LinkFixture.Link(Kb, text, "2005-03-01", "Maritime Coordination Service/ORG", "MCS/ORG", "MCS/ORG");

        Assert.DoesNotContain(links, l => l.EntityId == "ofac:904");
        var full = links.At(text, "Maritime Coordination Service");
        Assert.True(full.IsNil);
        Assert.All(links.Where(l => text[l.Start..l.End] == "MCS"), l => Assert.Equal(full.EntityId, l.EntityId));
        Assert.Contains("acronym of 'Maritime Coordination Service'", links.At(text, "MCS").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_plural_of_an_acronym_is_not_linked()
    {
        const string text = "MCSs were debated by the committee.";
        Assert.Empty(LinkFixture.Link(Kb, text, "2005-03-01", "MCSs/ORG"));
    }

    [Fact]
    public void Given_names_and_nicknames_of_sanctioned_people_are_not_links()
    {
        const string text = "Oscar sang, and Rosco played the drums in Bogota, Colombia.";
        var links = LinkFixture.Link(Kb, text, "2005-03-01", "Oscar/PER", "Rosco/PER", "Colombia/GPE");

        Assert.DoesNotContain(links, l => l.EntityId == "ofac:902");
    }

    [Fact]
    public void A_sanctioned_person_s_alias_needs_the_document_to_name_their_country()
    {
        var kb = KnowledgeBase.From([.. Kb.Entities, KbFixture.Person("ofac:906", "Karim Haddad Salem", "iq", "Abu Tariq", "the Lanterns"), Sanction("ofac:906")]);

        const string other = "Abu Tariq, as the Palestinian leader is known, spoke. Iraqi officials listened.";
        Assert.DoesNotContain(LinkFixture.Link(kb, other, "2005-03-01", "Abu Tariq/PER", "Palestinian/NORP", "Iraqi/NORP"), l => l.EntityId == "ofac:906");

        const string iraqi = "Abu Tariq, the Iraqi militant, spoke.";
        Assert.Equal("ofac:906", LinkFixture.Link(kb, iraqi, "2005-03-01", "Abu Tariq/PER", "Iraqi/NORP").At(iraqi, "Abu Tariq").EntityId);

        const string phrase = "Fans of the Lanterns cheered.";
        Assert.DoesNotContain(LinkFixture.Link(kb, phrase, "2005-03-01"), l => l.EntityId == "ofac:906");
    }

    [Fact]
    public void A_link_that_rested_on_one_document_s_context_is_not_reused_in_another()
    {
        var kb = KnowledgeBase.From([.. Kb.Entities, KbFixture.Person("ofac:908", "Samir Haddad Nouri", "iq", "Abu Faris"), Sanction("ofac:908")]);

        const string iraqi = "Abu Faris, the Iraqi commander, spoke.";
        Assert.Equal("ofac:908", LinkFixture.Link(kb, iraqi, "2005-03-01", "Abu Faris/PER", "Iraqi/NORP").At(iraqi, "Abu Faris").EntityId);

        const string other = "Abu Faris, a poet, read aloud.";
        Assert.NotEqual("ofac:908", LinkFixture.Link(kb, other, "2005-03-01", "Abu Faris/PER").At(other, "Abu Faris").EntityId);
    }

    [Fact]
    public void A_name_remembered_from_one_document_is_still_not_cut_short_in_another()
    {
        const string whole = "The Ukrainian Strategic Reserve Fund opened.";
        Assert.Equal("bc:ua-reserve-fund", LinkFixture.Link(Kb, whole, "2005-04-02", "Ukrainian Strategic Reserve Fund/ORG").At(whole, "Ukrainian Strategic Reserve Fund").EntityId);

        const string longer = "The Ukrainian Strategic Reserve Fund for Veterans opened.";
        Assert.DoesNotContain(LinkFixture.Link(Kb, longer, "2005-04-02", "Ukrainian Strategic Reserve Fund/ORG"), l => l.EntityId == "bc:ua-reserve-fund");
    }

    [Fact]
    public void The_full_name_of_a_sanctioned_person_is_evidence()
    {
        const string text = "Juan Ortega Valdes was seen in Madrid.";
        Assert.Equal("ofac:902", LinkFixture.Link(Kb, text, "2005-03-01", "Juan Ortega Valdes/PER").At(text, "Juan Ortega Valdes").EntityId);

        // A middle name or a second surname is part of the name: "Juan Valdes" may be anyone.
        const string shorter = "Juan Valdes was seen in Madrid.";
        Assert.NotEqual("ofac:902", LinkFixture.Link(Kb, shorter, "2005-03-01", "Juan Valdes/PER").At(shorter, "Juan Valdes").EntityId);
    }

    [Fact]
    public void Given_name_and_surname_without_a_patronymic_are_a_sanctioned_person_s_full_name()
    {
        var kb = KnowledgeBase.From([.. Kb.Entities, KbFixture.Person("ofac:907", "Oleg Petrovich Varsonov", "ru"), Sanction("ofac:907")]);
        const string text = "Oleg Varsonov arrived in Geneva.";

        Assert.Equal("ofac:907", LinkFixture.Link(kb, text, "2005-03-01", "Oleg Varsonov/PER").At(text, "Oleg Varsonov").EntityId);
    }

    [Fact]
    public void A_single_word_sanctioned_name_needs_the_document_to_name_its_country()
    {
        const string without = "Lantern announced new premises.";
        Assert.DoesNotContain(LinkFixture.Link(Kb, without, "2005-03-01", "Lantern/ORG"), l => l.EntityId == "ofac:903");

        const string with = "Lantern, the Iranian trading house, announced new premises.";
        Assert.Equal("ofac:903", LinkFixture.Link(Kb, with, "2005-03-01", "Lantern/ORG", "Iranian/NORP").At(with, "Lantern").EntityId);
    }

    [Fact]
    public void A_surname_alone_links_only_to_the_holder_whose_country_the_document_names()
    {
        const string british = "Mr Brannock told the British parliament that exports grew.";
        Assert.Equal("bc:ewa-brannock", LinkFixture.Link(Kb, british, "2005-03-01", "Mr Brannock/PER", "British/NORP").At(british, "Mr Brannock").EntityId);

        const string australian = "Mr Brannock said Australian exports grew.";
        Assert.Equal("bc:tom-brannock", LinkFixture.Link(Kb, australian, "2005-03-01", "Mr Brannock/PER", "Australian/NORP").At(australian, "Mr Brannock").EntityId);

        const string neither = "Mr Brannock said exports grew.";
        Assert.True(LinkFixture.Link(Kb, neither, "2005-03-01", "Mr Brannock/PER").At(neither, "Mr Brannock").IsNil);

        const string both = "Mr Brannock said British and Australian exports grew.";
        Assert.True(LinkFixture.Link(Kb, both, "2005-03-01", "Mr Brannock/PER", "British/NORP", "Australian/NORP").At(both, "Mr Brannock").IsNil);
    }

    [Fact]
    public void A_surname_after_the_full_name_with_an_honorific_is_the_same_person()
    {
        const string text = "Ewa Brannock spoke first. Then Mrs Brannock left.";
        var links = LinkFixture.Link(Kb, text, "2005-03-01", "Ewa Brannock/PER", "Mrs Brannock/PER");

        Assert.Equal("bc:ewa-brannock", links.At(text, "Mrs Brannock").EntityId);
    }

    [Fact]
    public void A_city_is_not_its_country_and_a_place_is_not_an_organisation()
    {
        var kb = KnowledgeBase.From(
        [
            .. Kb.Entities.Where(e => e.Id != "country:ua"),
            new KbEntityBuilder(Schemas.Country, "country:ua").Add(Props.Name, "Ukraine").Add(Props.Code, "ua").Add(Props.Alias, "Kharkiv").Cite(KbFixture.Cited).Build(),
            Org("bc:forum", "Alpine Economic Forum", "ch", "Zermatt"),
        ]);
        const string text = "Delegates flew from Kharkiv to Zermatt.";
        var links = LinkFixture.Link(kb, text, "2005-03-01", "Kharkiv/GPE", "Zermatt/GPE");

        Assert.DoesNotContain(links, l => l.EntityId is "country:ua" or "bc:forum");
    }

    [Fact]
    public void An_organisation_s_name_is_not_cut_short()
    {
        const string text = "The Ukrainian Strategic Reserve Fund for Veterans opened.";
        var links = LinkFixture.Link(Kb, text, "2005-03-01", "Ukrainian Strategic Reserve Fund/ORG");

        Assert.DoesNotContain(links, l => l.EntityId == "bc:ua-reserve-fund");
    }

    [Fact]
    public void Two_candidates_that_nothing_tells_apart_give_no_link()
    {
        const string text = "Mark Dorn arrived on Monday.";
        Assert.True(LinkFixture.Link(Kb, text, "2024-03-01", "Mark Dorn/PER").At(text, "Mark Dorn").IsNil);
    }

    private static KbEntity Org(string id, string name, string country, params string[] aliases) =>
        new KbEntityBuilder(Schemas.Organization, id).Add(Props.Name, name).Add(Props.Country, country).AddAll(Props.Alias, aliases).Cite(KbFixture.Cited).Build();

    private static KbEntity Sanction(string entity) =>
        new KbEntityBuilder(Schemas.Sanction, "san:" + entity).Add(Props.Entity, entity).Add(Props.Authority, "US OFAC").Cite(KbFixture.Cited).Build();
}
