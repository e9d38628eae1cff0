using Backchannel.Numbers;
using static Backchannel.Tests.Numbers.QuantityAssert;

namespace Backchannel.Tests.Numbers;

public sealed class SpelledQuantityTests
{
    [Fact]
    public void Half_a_million_is_five_hundred_thousand()
        => Is(Single("Half a million homes lost power.", "Half a million homes"), QuantityKind.Cardinal, 500000, "homes");

    [Fact]
    public void A_million_is_one_million()
        => Is(Single("A million copies were printed.", "A million copies"), QuantityKind.Cardinal, 1e6, "copies");

    [Fact]
    public void A_dozen_is_twelve_and_two_dozen_twenty_four()
    {
        Is(Single("A dozen ministers resigned.", "A dozen"), QuantityKind.Cardinal, 12);
        Is(Single("Two dozen envoys met.", "Two dozen"), QuantityKind.Cardinal, 24);
    }

    [Theory]
    [InlineData("Dozens of protesters gathered.", "Dozens", 24)]
    [InlineData("Hundreds of families fled.", "Hundreds", 200)]
    [InlineData("Tens of thousands marched.", "Tens of thousands", 20000)]
    [InlineData("Hundreds of thousands signed.", "Hundreds of thousands", 200000)]
    public void Plural_scales_are_open_ended_counts(string text, string span, double least)
        => Is(Single(text, span), QuantityKind.Cardinal, least, qualifier: QuantityQualifier.EqualOrMore);

    [Fact]
    public void One_and_a_half_hours_is_a_duration_of_one_and_a_half()
        => Is(Single("The call lasted one and a half hours.", "one and a half hours"), QuantityKind.Measure, 1.5, "hour");

    [Theory]
    [InlineData("Three-quarters of voters agreed.", "Three-quarters", 0.75)]
    [InlineData("Two-thirds of lawmakers approved.", "Two-thirds", 2.0 / 3)]
    [InlineData("A quarter of the harvest was lost.", "A quarter", 0.25)]
    [InlineData("Half of the reserves were frozen.", "Half", 0.5)]
    [InlineData("The party holds 1/3 of the seats.", "1/3", 1.0 / 3)]
    public void Fractions_have_the_unit_fraction(string text, string span, double value)
        => Is(Single(text, span), QuantityKind.Cardinal, value, "fraction");

    [Fact]
    public void A_third_term_is_a_rank_but_a_third_of_is_a_share()
    {
        Is(Single("She sought a third term.", "third"), QuantityKind.Ordinal, 3);
        Is(Single("A third of the staff left.", "A third"), QuantityKind.Cardinal, 1.0 / 3, "fraction");
    }
}
