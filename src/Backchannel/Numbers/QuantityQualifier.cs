namespace Backchannel.Numbers;

/// <summary>
/// The qualifier names a <see cref="Quantity"/> can carry, modelled on TimeML's <c>mod</c> values so numbers and
/// dates read alike. Strings rather than an enum because they go straight into the JSON output.
/// </summary>
public static class QuantityQualifier
{
    /// <summary>about, around, approximately, roughly, some, an estimated, or so.</summary>
    public const string Approx = "APPROX";

    /// <summary>over, more than, above, in excess of, upwards of.</summary>
    public const string MoreThan = "MORE_THAN";

    /// <summary>less than, fewer than, under, below, nearly, almost (the true value falls short of the number).</summary>
    public const string LessThan = "LESS_THAN";

    /// <summary>at least, no fewer than, or more; also plural scales (dozens → ≥ 24, hundreds → ≥ 200).</summary>
    public const string EqualOrMore = "EQUAL_OR_MORE";

    /// <summary>at most, up to, no more than, as many as, or less.</summary>
    public const string EqualOrLess = "EQUAL_OR_LESS";

    /// <summary>between 5 and 10 · 5-10 · 5 to 10: <see cref="Quantity.Value"/> is the lower and <see cref="Quantity.UpperValue"/> the upper bound.</summary>
    public const string Range = "RANGE";
}
