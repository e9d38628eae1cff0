namespace Backchannel.Numbers;

/// <summary>What a <see cref="Quantity"/> counts or measures.</summary>
public enum QuantityKind : byte
{
    /// <summary>A plain count or amount: 500,000 · twelve · 1.2 million · a third (unit <c>fraction</c>) · 5,000 troops (unit <c>troops</c>).</summary>
    Cardinal = 0,

    /// <summary>A rank: fourth · 56th · twenty-first. The value is the rank.</summary>
    Ordinal = 1,

    /// <summary>A percentage; the value is in percent (19% → 19), the unit <c>percent</c> or <c>percentage point</c>.</summary>
    Percent = 2,

    /// <summary>An amount of money; the unit is the ISO 4217 code (USD, EUR, GBP, RUB …).</summary>
    Money = 3,

    /// <summary>A measurement with a physical or time unit: 30 km · two-hour · 300 tonnes · 40 degrees.</summary>
    Measure = 4,
}
