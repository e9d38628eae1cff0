using Backchannel.Numbers;
using static Backchannel.Tests.Numbers.QuantityAssert;

namespace Backchannel.Tests.Numbers;

public sealed class MoneyPercentMeasureTests
{
    [Theory]
    [InlineData("They pledged $1.2bn for the port.", "$1.2bn", 1.2e9, "USD")]
    [InlineData("The bank lent €500m to the city.", "€500m", 5e8, "EUR")]
    [InlineData("The treasury borrowed £3 billion.", "£3 billion", 3e9, "GBP")]
    [InlineData("The deal is worth 500 million dollars.", "500 million dollars", 5e8, "USD")]
    [InlineData("A ticket cost US$40 at the door.", "US$40", 40, "USD")]
    [InlineData("The plan costs 1.5 trillion roubles.", "1.5 trillion roubles", 1.5e12, "RUB")]
    [InlineData("The loan totals USD 40 million.", "USD 40 million", 4e7, "USD")]
    [InlineData("A coffee costs 50 cents.", "50 cents", 0.5, "USD")]
    [InlineData("The bond raised A$100 million.", "A$100 million", 1e8, "AUD")]
    public void Money_with_signs_codes_words_and_scales_is_normalised(string text, string span, double value, string currency)
        => Is(Single(text, span), QuantityKind.Money, value, currency);

    [Theory]
    [InlineData("Support fell to 19% last week.", "19%")]
    [InlineData("Support fell 19 percent last week.", "19 percent")]
    [InlineData("Support fell 19 per cent last week.", "19 per cent")]
    [InlineData("Support fell 19 pct last week.", "19 pct")]
    public void Percent_spellings_give_the_same_percent(string text, string span)
        => Is(Single(text, span), QuantityKind.Percent, 19, "percent");

    [Fact]
    public void Percentage_points_keep_their_own_unit()
        => Is(Single("Rates rose 2.5 percentage points.", "2.5 percentage points"), QuantityKind.Percent, 2.5, "percentage point");

    [Theory]
    [InlineData("They built a 1,000-kilometer pipeline.", "1,000-kilometer", 1000, "km")]
    [InlineData("The border is 30 km away.", "30 km", 30, "km")]
    [InlineData("A two-hour call followed.", "two-hour", 2, "hour")]
    [InlineData("The ship carried 300 tonnes of grain.", "300 tonnes", 300, "tonne")]
    [InlineData("Temperatures hit 40 degrees on Monday.", "40 degrees", 40, "degree")]
    [InlineData("A 40-year-old man was held.", "40-year-old", 40, "year")]
    [InlineData("The drought covered 5,000 square kilometres.", "5,000 square kilometres", 5000, "km2")]
    [InlineData("The heat reached 45 °C by noon.", "45 °C", 45, "°C")]
    [InlineData("The runner covered 3,000m.", "3,000m", 3000, "m")]
    public void Measures_carry_a_canonical_unit(string text, string span, double value, string unit)
        => Is(Single(text, span), QuantityKind.Measure, value, unit);
}
