using Backchannel.Numbers;
using static Backchannel.Tests.Numbers.QuantityAssert;

namespace Backchannel.Tests.Numbers;

public sealed class CardinalAndOrdinalTests
{
    [Theory]
    [InlineData("Officials counted 500,000 ballots overnight.", "500,000", 500000)]
    [InlineData("The index stood at 3.5 on Friday.", "3.5", 3.5)]
    [InlineData("Twelve envoys signed the letter.", "Twelve", 12)]
    [InlineData("They waited twenty-four hours ago and left.", "twenty-four hours", 24)]
    [InlineData("Two hundred and fifty guests came.", "Two hundred and fifty", 250)]
    [InlineData("The agency holds 1.2 million records.", "1.2 million", 1200000)]
    [InlineData("Seven thousand volunteers helped.", "Seven thousand", 7000)]
    public void Digits_and_spelled_numbers_are_read_as_values(string text, string span, double value)
        => Assert.Equal(value, Single(text, span).Value, 6);

    [Theory]
    [InlineData("The talks entered a fourth day.", "fourth", 4)]
    [InlineData("She chaired the 56th annual congress.", "56th", 56)]
    [InlineData("It was the 21st round of sanctions.", "21st", 21)]
    [InlineData("He won a second term in office.", "second", 2)]
    [InlineData("The twenty-first session closed.", "twenty-first", 21)]
    [InlineData("The 3rd-largest bloc walked out.", "3rd", 3)]
    public void Ordinals_carry_their_rank(string text, string span, double rank)
        => Is(Single(text, span), QuantityKind.Ordinal, rank);

    [Fact]
    public void The_56th_annual_meeting_is_ordinal_56_not_a_year_or_cardinal()
    {
        var found = Find("Delegates met at the 56th annual meeting of the forum.");

        var only = Assert.Single(found);
        Assert.Equal("56th", only.Text);
        Is(only.Quantity, QuantityKind.Ordinal, 56);
    }

    [Fact]
    public void Fourth_year_is_an_ordinal_without_a_unit()
        => Is(Single("It was her fourth year in the post.", "fourth"), QuantityKind.Ordinal, 4);

    [Fact]
    public void A_cardinal_word_before_an_ordinal_compound_stays_a_cardinal()
        => Is(Single("The team will play nine first-class games.", "nine"), QuantityKind.Cardinal, 9);

    [Fact]
    public void Counted_nouns_become_the_unit_of_a_cardinal()
        => Is(Single("The country sent 5,000 troops north.", "5,000 troops"), QuantityKind.Cardinal, 5000, "troops");

    [Theory]
    [InlineData("No one expected the result.", "one")]
    [InlineData("The rivals blamed one another.", "one")]
    public void Pronoun_one_is_not_a_number(string text, string span) => None(text, span);
}
