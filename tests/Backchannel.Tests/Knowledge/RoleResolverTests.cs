using Backchannel.Knowledge.Model;
using Backchannel.Knowledge.Roles;

namespace Backchannel.Tests.Knowledge;

public sealed class RoleResolverTests
{
    private static readonly RoleResolver Resolver = new(KbFixture.Build());

    private static DateOnly Day(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("Ukraine's foreign minister")]
    [InlineData("the Ukrainian foreign minister")]
    [InlineData("Ukrainian Foreign Minister")]
    [InlineData("the minister of foreign affairs of Ukraine")]
    [InlineData("Ukraine’s top diplomat")]
    [InlineData("the UKR foreign minister")]
    public void Everyday_phrasings_of_a_post_find_its_holder_on_the_day(string phrase)
    {
        var answer = Assert.Single(Resolver.Who(phrase, Day("2026-01-21")));

        Assert.Equal("bc:taras-hnatiuk", answer.Holder.Id);
        Assert.Equal("ua-foreign-minister", answer.Position!.Id);
        Assert.NotEmpty(answer.Citations);
    }

    [Fact]
    public void The_same_phrase_on_an_earlier_day_finds_the_earlier_holder() =>
        Assert.Equal("bc:olena-marchuk", Assert.Single(Resolver.Who("Ukraine's foreign minister", Day("2023-06-01"))).Holder.Id);

    [Fact]
    public void An_alias_of_the_post_answers_directly() =>
        Assert.Equal("bc:claire-vautrin", Assert.Single(Resolver.Who("French President", Day("2025-03-01"))).Holder.Id);

    [Fact]
    public void A_post_with_no_term_on_record_gives_no_answer_rather_than_a_guess() =>
        Assert.Empty(Resolver.Who("German Chancellor", Day("2025-03-01")));

    [Fact]
    public void A_title_without_an_anchor_is_not_resolved_globally() =>
        Assert.Empty(Resolver.Who("the foreign minister", Day("2026-01-21")));

    [Fact]
    public void A_relationship_phrase_finds_the_relative()
    {
        var answer = Assert.Single(Resolver.Who("Hartley's son-in-law", Day("2026-01-21")));

        Assert.Equal("bc:ned-hartley-lowe", answer.Holder.Id);
        Assert.NotNull(answer.Relation);
    }

    [Theory]
    [InlineData("the former Ukrainian foreign minister", RoleModifiers.Former)]
    [InlineData("Ukraine's acting foreign minister", RoleModifiers.Acting)]
    [InlineData("ex-foreign minister", RoleModifiers.Former)]
    public void Modifiers_are_read_and_kept(string phrase, RoleModifiers expected)
    {
        var parsed = Resolver.Parser.Parse(phrase);

        Assert.True(parsed.Modifiers.HasFlag(expected));
        Assert.Equal("foreign minister", parsed.RoleWords);
    }

    [Fact]
    public void A_deputy_title_does_not_resolve_to_the_principal() =>
        Assert.Empty(Resolver.Who("Ukraine's deputy foreign minister", Day("2026-01-21")));

    [Fact]
    public void A_month_precision_term_answers_as_uncertain_inside_its_first_month()
    {
        var answer = Assert.Single(Resolver.Who("the Ukrainian foreign ministry spokesperson", Day("2022-03-15")));

        Assert.Equal("bc:ivan-sirko", answer.Holder.Id);
        Assert.Equal(TermCertainty.Uncertain, answer.Check.Certainty);
    }

    [Theory]
    [InlineData("the French government spokesperson", "bc:remi-garnier")]
    [InlineData("France's government spokesman", "bc:remi-garnier")]
    [InlineData("the French presidential spokeswoman", "bc:lucie-moreau")]
    public void A_cabinet_spokesperson_is_told_apart_from_the_head_of_states(string phrase, string holder) =>
        Assert.Equal(holder, Assert.Single(Resolver.Who(phrase, Day("2025-03-01"))).Holder.Id);

    [Fact]
    public void A_bare_spokesperson_title_prefers_the_head_of_states_office() =>
        Assert.Equal("bc:lucie-moreau", Resolver.Who("the French spokesperson", Day("2025-03-01"))[0].Holder.Id);
}
