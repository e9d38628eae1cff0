using System.Globalization;
using Backchannel.Knowledge.Model;
using Backchannel.Knowledge.Names;
using Backchannel.Linking;

namespace Backchannel.Tests.Linking;

public sealed class UnknownNameFilterTests
{
    [Theory]
    [InlineData("Anna Lys")] // a recorded name
    [InlineData("anna  LYS")] // the same after keying
    [InlineData("Lindenhaus")] // "the Lindenhaus" without its article
    [InlineData("Koval")] // a recorded surname
    [InlineData("Dmytro Kovall")] // a recorded name up to transliteration (doubled letter)
    public void Names_the_record_can_find_are_never_ruled_out(string name)
    {
        var filter = EntityLinker.For(LinkFixture.Kb).UnknownNames;
        var loose = NameKey.Loose(name);
        Assert.True(filter.MayBeKnown(loose), $"'{name}' (loose '{loose}') was ruled out");
    }

    [Fact]
    public void A_given_name_and_surname_pass_for_a_recorded_name_with_a_middle_name()
    {
        var kb = Backchannel.Knowledge.KnowledgeBase.From(
        [
            .. LinkFixture.Kb.Entities.Where(e => e.Id != "bc:anna-lys"),
            Backchannel.Tests.Knowledge.KbFixture.Person("bc:anna-lys", "Anna Petrivna Lys", "ua"),
        ]);

        Assert.True(new EntityLinker(kb).UnknownNames.MayBeKnown(NameKey.Loose("Anna Lys")));
    }

    [Fact]
    public void Most_names_the_record_does_not_hold_are_ruled_out()
    {
        var filter = EntityLinker.For(LinkFixture.Kb).UnknownNames;
        var names = Enumerable.Range(0, 2000).Select(i => $"Quorin Vel{i.ToString(CultureInfo.InvariantCulture)}").ToList();

        // A Bloom filter this sparse lets through well under one unknown name in a hundred; 5% leaves room for the
        // per-process hash seed.
        var passed = names.Count(n => filter.MayBeKnown(NameKey.Loose(n)));
        Assert.InRange(passed, 0, names.Count / 20);
    }

    [KnowledgeBaseFact]
    public void Every_name_of_the_shipped_record_passes_and_keys_are_their_own_exact_keys()
    {
        // The filter's coverage rests on Exact being idempotent and Loose folding word by word: checked here over
        // every name the shipped record can find, and over every person's given name and surname ("Kirill Dmitriev"
        // for "Kirill Aleksandrovich Dmitriev", "Anna Lys" for "LYS, Anna Petrivna").
        var kb = ShippedKnowledgeBase.Default;
        var filter = EntityLinker.For(kb).UnknownNames;
        var missed = new List<string>();
        var checkedNames = 0;
        foreach (var key in kb.ExactNameKeys)
        {
            checkedNames++;
            Assert.Equal(key, NameKey.Exact(key));
            if (!filter.MayBeKnown(NameKey.LooseFromExact(key)))
            {
                missed.Add(key);
            }
        }

        foreach (var person in kb.Entities.Where(e => e.Schema == Schemas.Person))
        {
            foreach (var name in person.Values(Props.Name).Concat(person.Values(Props.Alias)))
            {
                var words = NameKey.Loose(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var inverted = name.Contains(',', StringComparison.Ordinal);
                if (words.Length >= 2 && !filter.MayBeKnown(inverted ? $"{words[1]} {words[0]}" : $"{words[0]} {words[^1]}"))
                {
                    missed.Add(name);
                }
            }
        }

        Assert.True(checkedNames > 10_000, $"only {checkedNames} names in the shipped record");
        Assert.True(missed.Count == 0, $"{missed.Count} names ruled out, e.g. {string.Join(", ", missed.Take(5))}");
    }
}
