namespace Backchannel.Tests.Dates;

public sealed class TimeDurationSetTests
{
    [Theory]
    [InlineData("The vote closed at 3 p.m. sharp.", "3 p.m.|TIME|2026-01-21T15:00")]
    [InlineData("The vote closed at 15:30 GMT.", "15:30 GMT|TIME|2026-01-21T15:30")]
    [InlineData("The vote closed at noon.", "noon|TIME|2026-01-21T12:00")]
    [InlineData("The envoy arrived this morning.", "this morning|TIME|2026-01-21TMO")]
    [InlineData("The envoy arrived Tuesday evening.", "Tuesday evening|DATE|2026-01-20")]
    [InlineData("Polls closed at 10 p.m. Tuesday.", "10 p.m. Tuesday|TIME|2026-01-20T22:00")]
    [InlineData("The envoy arrived around 7:15 p.m.", "around 7:15 p.m.|TIME|2026-01-21T19:15|APPROX")]
    public void Times_of_day_carry_their_date(string text, string expected)
        => Assert.Equal(expected, TimexAssert.One(text));

    [Theory]
    [InlineData("The meeting lasted two hours.", "two hours|DURATION|PT2H")]
    [InlineData("He served four years in office.", "four years|DURATION|P4Y")]
    [InlineData("Talks dragged on for a decade.", "a decade|DURATION|P10Y")]
    [InlineData("Output fell over the past three months.", "the past three months|DURATION|P3M")]
    [InlineData("They agreed a two-hour pause.", "two-hour|DURATION|PT2H")]
    [InlineData("The siege lasted twenty-four days.", "twenty-four days|DURATION|P24D")]
    [InlineData("The hearing lasted 2 1/2 hours.", "2 1/2 hours|DURATION|PT2H30M")]
    [InlineData("The strike lasted more than two years.", "more than two years|DURATION|P2Y|MORE_THAN")]
    [InlineData("The trial may last over two years.", "over two years|DURATION|P2Y|MORE_THAN")]
    [InlineData("Repairs need at least a dozen days.", "at least a dozen days|DURATION|P12D|EQUAL_OR_MORE")]
    [InlineData("The dispute has simmered for years.", "years|DURATION|PXY")]
    [InlineData("It could take a few weeks.", "a few weeks|DURATION|PXW")]
    public void Durations_normalise_to_iso_periods(string text, string expected)
        => Assert.Equal(expected, TimexAssert.One(text));

    [Theory]
    [InlineData("The council meets every year.", "every year|SET|P1Y")]
    [InlineData("The bulletin appears weekly.", "weekly|SET|P1W")]
    [InlineData("The council meets each Monday.", "each Monday|SET|XXXX-WXX-1")]
    [InlineData("Envoys meet on Tuesdays.", "Tuesdays|SET|XXXX-WXX-2")]
    [InlineData("The fund pays $5 million a year.", "a year|SET|P1Y")]
    public void Sets_name_the_recurrence(string text, string expected)
        => Assert.Equal(expected, TimexAssert.One(text));
}
