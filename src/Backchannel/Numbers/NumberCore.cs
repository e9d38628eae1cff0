namespace Backchannel.Numbers;

/// <summary>The number itself, before units and currencies: what <see cref="NumberCoreParser"/> reads.</summary>
internal struct NumberCore
{
    /// <summary>First piece (after a leading "a" that turned out not to be a numerator, the ordinal itself).</summary>
    internal int Start;

    /// <summary>One past the last piece.</summary>
    internal int End;

    internal double Value;

    /// <summary>The multiplier a scale word or suffix applied (1 when none), so a range can share it.</summary>
    internal double Scale;

    internal bool Ordinal;
    internal bool Fraction;
    internal bool Percent;

    /// <summary>A bare <c>m</c> suffix (500m) that may mean metres rather than million.</summary>
    internal bool ScaleIsM;

    /// <summary>A unit glued to the digits (100km).</summary>
    internal string? Unit;

    /// <summary>Set by open-ended plurals (dozens, hundreds of thousands).</summary>
    internal string? Qualifier;

    /// <summary>A single numeric token of bare digits (what years, days and IDs look like).</summary>
    internal bool Plain;

    internal int IntegerDigits;
}
