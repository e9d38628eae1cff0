using Backchannel.Entities;
using Backchannel.Text;

namespace Backchannel.Tests.Entities;

public sealed class GazetteerTests
{
    private static readonly Gazetteer Lists = new([
        (GazetteerType.City, "New York"),
        (GazetteerType.Subdivision, "New York"),
        (GazetteerType.Country, "Norway"),
        (GazetteerType.Nationality, "Norwegian"),
    ]);

    private static (ulong[] Keys, bool[] Capitalised) Words(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var keys = tokens.Select(t => Gazetteer.TokenHash(text.AsSpan(t.Start, t.Length))).ToArray();
        var capitalised = tokens.Select(t => char.IsUpper(text[t.Start])).ToArray();
        return (keys, capitalised);
    }

    [Fact]
    public void A_multi_word_match_marks_begin_and_last_for_every_list_holding_it()
    {
        var (keys, capitalised) = Words("She flew to New York today");
        var marks = new uint[keys.Length];

        Lists.Mark(keys, capitalised, marks);

        var city = (int)GazetteerType.City * 4;
        var subdivision = (int)GazetteerType.Subdivision * 4;
        Assert.Equal((1u << city) | (1u << subdivision), marks[3]);
        Assert.Equal((1u << (city + 2)) | (1u << (subdivision + 2)), marks[4]);
        Assert.Equal(0u, marks[2]);
        Assert.Equal(0u, marks[5]);
    }

    [Fact]
    public void Lower_case_words_do_not_match_a_name()
    {
        var (keys, capitalised) = Words("a new york minute");
        var marks = new uint[keys.Length];

        Lists.Mark(keys, capitalised, marks);

        Assert.All(marks, m => Assert.Equal(0u, m));
    }

    [Fact]
    public void The_refiner_turns_listed_places_into_gpe_and_nationality_words_into_norp()
    {
        var refiner = new EntityRefiner(Lists);

        Assert.Equal("GPE", refiner.Refine("LOC", Words("Norway").Keys));
        Assert.Equal("LOC", refiner.Refine("LOC", Words("Lake Geneva").Keys));
        Assert.Equal("NORP", refiner.Refine("MISC", Words("Norwegian").Keys));
        Assert.Equal("PER", refiner.Refine("PER", Words("Norway").Keys));
    }

    [Fact]
    public void The_shipped_lists_hold_countries_cities_and_nationality_plurals()
    {
        var shipped = GazetteerLists.Load();

        Assert.NotEqual(0, shipped.Lookup(Words("Germany").Keys) & (1 << (int)GazetteerType.Country));
        Assert.NotEqual(0, shipped.Lookup(Words("Rotterdam").Keys) & (1 << (int)GazetteerType.City));
        Assert.NotEqual(0, shipped.Lookup(Words("Ukrainians").Keys) & (1 << (int)GazetteerType.Nationality));
        Assert.Equal(0, shipped.Lookup(Words("Tuesday").Keys));
    }
}
