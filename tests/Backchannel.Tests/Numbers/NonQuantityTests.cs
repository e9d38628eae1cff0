using static Backchannel.Tests.Numbers.QuantityAssert;

namespace Backchannel.Tests.Numbers;

public sealed class NonQuantityTests
{
    [Theory]
    [InlineData("The tribunal first sat in 2014 and again later.", "2014")]
    [InlineData("The accord was signed on January 20, 2026 in Bern.", "20, 2026")]
    [InlineData("The filing is dated 2026-01-20.", "2026-01-20")]
    [InlineData("Tensions rose through the 1990s.", "1990s")]
    [InlineData("Sanctions have applied since 1998.", "1998")]
    [InlineData("The plan runs until 2030.", "2030")]
    [InlineData("Elections are due by 2027.", "2027")]
    [InlineData("The treaty of 1972 still stands.", "1972")]
    [InlineData("The 2016 referendum split the country.", "2016")]
    [InlineData("The season of 2004-05 was wet.", "2004-05")]
    [InlineData("The summit opens on 12 March in Geneva.", "12")]
    [InlineData("Matches run May 27-29 in the north.", "27-29")]
    public void Years_and_days_in_dates_are_not_quantities(string text, string span) => None(text, span);

    [Theory]
    [InlineData("Call the desk on +44 20 7946 0000 today.", "+44 20 7946 0000")]
    [InlineData("The hotline number is 555-0199.", "555-0199")]
    [InlineData("Agent 007 returns.", "007")]
    [InlineData("The case file is 48213377.", "48213377")]
    [InlineData("Talks resume at 10:30 tomorrow.", "10:30")]
    [InlineData("The vote closes at 6 p.m. on Friday.", "6")]
    public void Phone_numbers_identifiers_and_times_are_not_quantities(string text, string span) => None(text, span);

    [Fact]
    public void A_four_digit_count_with_a_unit_is_not_a_year()
        => QuantityAssert.Is(Single("The ministry sent 1500 troops.", "1500 troops"), Backchannel.Numbers.QuantityKind.Cardinal, 1500, "troops");
}
