using Backchannel.Knowledge.Import;
using Backchannel.Knowledge.Model;

namespace Backchannel.Tests.Knowledge;

/// <summary>Issue 16.2: one person from Phoenix and OFAC is one actor; two people with one name stay two.</summary>
public sealed class DuplicateActorTests
{
    private static readonly Citation Phoenix = new("Phoenix", null, "line 1", "2014-01-30");
    private static readonly Citation Ofac = new("OFAC", null, "line 9", "2024-05-03");

    private static KbEntity PhoenixPerson(string key, string name, string country) =>
        new KbEntityBuilder(Schemas.Person, $"phoenix:{key}").Add(Props.Name, name).Add(Props.Country, country).Cite(Phoenix).Build();

    private static KbEntity OfacPerson(string num, string name, string? nationality, string? birth, params string[] aliases) =>
        new KbEntityBuilder(Schemas.Person, $"ofac:{num}").Add(Props.Name, name).AddAll(Props.Alias, aliases)
            .Add(Props.Nationality, nationality).Add(Props.BirthDate, birth).Cite(Ofac).Build();

    [Fact]
    public void A_phoenix_and_an_ofac_entry_of_one_person_become_one_actor_with_both_sources()
    {
        var phoenix = PhoenixPerson("SERGEY_LAVROV", "Sergey Lavrov", "ru");
        var ofac = OfacPerson("35233", "Sergey Viktorovich Lavrov", "ru", "1950-03-21", "LAVROV, Sergey Viktorovich", "Sergey Lavrov");
        var term = new KbEntityBuilder(Schemas.Occupancy, "occ:1").Add(Props.Holder, "phoenix:SERGEY_LAVROV").Add(Props.Post, "cameo:RUSGOV").Cite(Phoenix).Build();

        var merged = KbMerger.Merge([phoenix, ofac, term]);

        var person = Assert.Single(merged, e => e.Schema == Schemas.Person);
        Assert.Equal("ofac:35233", person.Id);
        Assert.Equal(["phoenix:SERGEY_LAVROV"], person.Values(Props.MergedFrom).AsEnumerable());
        Assert.Equal(["OFAC", "Phoenix"], person.Citations.Select(c => c.Publisher!).Order(StringComparer.Ordinal));
        Assert.Equal("ofac:35233", Assert.Single(merged, e => e.Schema == Schemas.Occupancy).First(Props.Holder));
    }

    [Fact]
    public void Two_people_called_mohammed_ali_are_not_merged_on_the_name()
    {
        // Two OFAC entries of one country make the name ambiguous: the Phoenix one merges with neither.
        var phoenix = PhoenixPerson("MOHAMMED_ALI", "Mohammed Ali", "iq");
        var one = OfacPerson("1", "Mohammed Ali", "iq", null);
        var two = OfacPerson("2", "Mohammed Ali", "iq", null);

        Assert.Equal(3, KbMerger.Merge([phoenix, one, two]).Count(e => e.Schema == Schemas.Person));
    }

    [Fact]
    public void Same_name_with_different_countries_or_birth_dates_stays_apart()
    {
        var egypt = PhoenixPerson("MOHAMMED_ALI", "Mohammed Ali", "eg");
        var iraq = OfacPerson("1", "Mohammed Ali", "iq", null);
        var older = OfacPerson("2", "Ivan Example", "ru", "1950-01-02");
        var younger = new KbEntityBuilder(Schemas.Person, "Q5").Add(Props.Name, "Ivan Example").Add(Props.Country, "ru").Add(Props.BirthDate, "1971-08-09").Build();

        Assert.Equal(4, KbMerger.Merge([egypt, iraq, older, younger]).Count);
    }

    [Fact]
    public void A_common_surname_needs_a_birth_date_to_merge()
    {
        // More than a dozen people called Ali: the name and a shared country are not enough.
        var many = Enumerable.Range(1, 14).Select(i => OfacPerson($"{100 + i}", $"Person{i} Ali", "iq", null)).ToList();
        var phoenix = PhoenixPerson("MOHAMMED_ALI", "Mohammed Ali", "iq");
        var ofac = OfacPerson("1", "Mohammed Ali", "iq", null);
        var withBirth = new KbEntityBuilder(Schemas.Person, "Q9").Add(Props.Name, "Mohammed Ali").Add(Props.Country, "iq").Add(Props.BirthDate, "1960-05-05").Build();
        var sameBirth = OfacPerson("2", "Mohammed Ali", "iq", "1960-05-05");

        var merged = KbMerger.Merge([.. many, phoenix, ofac, withBirth, sameBirth]);

        Assert.Single(merged, e => e.Id == "phoenix:MOHAMMED_ALI");
        Assert.Single(merged, e => e.Id == "ofac:1");
        Assert.Equal(["ofac:2"], Assert.Single(merged, e => e.Id == "Q9").Values(Props.MergedFrom).AsEnumerable());
    }

    [Fact]
    public void A_country_from_two_sources_is_one_actor()
    {
        var iso = new KbEntityBuilder(Schemas.Country, "country:ua").Add(Props.Name, "Ukraine").Add(Props.Code, "ua").Cite(Ofac).Build();
        var phoenix = new KbEntityBuilder(Schemas.Country, "country:ua").Add(Props.Code, "ua").Add(Props.WeakAlias, "Ukraine").Cite(Phoenix).Build();

        var country = Assert.Single(KbMerger.Merge([iso, phoenix]));

        Assert.Equal(2, country.Citations.Length);
    }

    [Fact]
    public void A_name_shared_by_father_and_son_never_chains_two_wikidata_people_into_one()
    {
        // A Phoenix entry whose aliases name both (as "George Bush" does) must not join two people Wikidata tells apart.
        var father = new KbEntityBuilder(Schemas.Person, "Q901").Add(Props.Name, "Harold Quill").Add(Props.Alias, "Harold Quill Senior")
            .Add(Props.Country, "us").Add(Props.BirthDate, "1924-06-12").Cite(Ofac).Build();
        var son = new KbEntityBuilder(Schemas.Person, "Q902").Add(Props.Name, "Harold Quill Junior").Add(Props.Country, "us")
            .Add(Props.BirthDate, "1946-07-06").Cite(Ofac).Build();
        var bridge = new KbEntityBuilder(Schemas.Person, "phoenix:HAROLD_QUILL").Add(Props.Name, "Harold Quill").Add(Props.Alias, "Harold Quill Junior")
            .Add(Props.Country, "us").Cite(Phoenix).Build();

        var people = KbMerger.Merge([father, son, bridge]).Where(e => e.Schema == Schemas.Person).ToList();

        Assert.Contains(people, p => p.Id == "Q901");
        Assert.Contains(people, p => p.Id == "Q902");
    }
}
