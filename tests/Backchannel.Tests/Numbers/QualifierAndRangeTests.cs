using Backchannel.Numbers;
using static Backchannel.Tests.Numbers.QuantityAssert;

namespace Backchannel.Tests.Numbers;

public sealed class QualifierAndRangeTests
{
    [Theory]
    [InlineData("Over 500,000 residents signed.", "Over 500,000 residents", QuantityQualifier.MoreThan)]
    [InlineData("Approximately 40 ships docked.", "Approximately 40 ships", QuantityQualifier.Approx)]
    [InlineData("Nearly 1,000 civilians were hurt.", "Nearly 1,000 civilians", QuantityQualifier.LessThan)]
    [InlineData("At least 40 people died.", "At least 40 people", QuantityQualifier.EqualOrMore)]
    [InlineData("At most 12 delegates may attend.", "At most 12 delegates", QuantityQualifier.EqualOrLess)]
    [InlineData("Up to 300 workers could go.", "Up to 300 workers", QuantityQualifier.EqualOrLess)]
    [InlineData("Some 200 journalists came.", "Some 200 journalists", QuantityQualifier.Approx)]
    [InlineData("The motion needs 250 or more votes.", "250 or more", QuantityQualifier.EqualOrMore)]
    public void Qualifier_phrases_set_the_qualifier_and_join_the_span(string text, string span, string qualifier)
        => Assert.Equal(qualifier, Single(text, span).Qualifier);

    [Fact]
    public void More_than_a_third_is_a_fraction_with_more_than()
        => Is(Single("More than a third of members abstained.", "More than a third"), QuantityKind.Cardinal, 1.0 / 3, "fraction", QuantityQualifier.MoreThan);

    [Fact]
    public void Approximately_19_percent_is_an_approximate_percent()
        => Is(Single("Approximately 19% of firms agreed.", "Approximately 19%"), QuantityKind.Percent, 19, "percent", QuantityQualifier.Approx);

    [Theory]
    [InlineData("Between 5 and 10 ships were hit.", "Between 5 and 10 ships")]
    [InlineData("Officials expect 5-10 ships.", "5-10 ships")]
    [InlineData("Officials expect 5 to 10 ships.", "5 to 10 ships")]
    [InlineData("Officials expect 5\u201310 ships.", "5\u201310 ships")]
    public void Ranges_hold_both_bounds(string text, string span)
        => Is(Single(text, span), QuantityKind.Cardinal, 5, "ships", QuantityQualifier.Range, upper: 10);

    [Fact]
    public void Range_ends_share_currency_and_scale()
    {
        Is(Single("The sale could fetch $5m-$10m.", "$5m-$10m"), QuantityKind.Money, 5e6, "USD", QuantityQualifier.Range, upper: 1e7);
        Is(Single("Output is between 1.5 and 2 million barrels.", "between 1.5 and 2 million barrels"), QuantityKind.Measure, 1.5e6, "barrel", QuantityQualifier.Range, upper: 2e6);
        Is(Single("Prices may rise 10 to 15 percent.", "10 to 15 percent"), QuantityKind.Percent, 10, "percent", QuantityQualifier.Range, upper: 15);
    }

    [Fact]
    public void A_score_is_two_numbers_not_a_range()
    {
        var found = Find("The home side won 2-1 on Sunday.");

        Assert.Equal(["2", "1"], found.Select(f => f.Text).ToArray());
        Assert.All(found, f => Assert.Null(f.Quantity.UpperValue));
    }

    [Fact]
    public void From_to_is_a_change_not_a_range()
    {
        var found = Find("The rate went from 5% to 7% this year.");

        Assert.Equal(["5%", "7%"], found.Select(f => f.Text).ToArray());
    }
}
