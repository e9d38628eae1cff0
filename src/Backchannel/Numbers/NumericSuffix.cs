namespace Backchannel.Numbers;

/// <summary>What letters or signs follow the digits inside one numeric token.</summary>
internal enum NumericSuffix : byte
{
    /// <summary>Digits only: 500,000 · 3.5 · 1½.</summary>
    None,

    /// <summary>19% · 19.5pc.</summary>
    Percent,

    /// <summary>56th · 21st.</summary>
    Ordinal,

    /// <summary>1.2bn · 500m · 40k (the scale is already applied).</summary>
    Scale,

    /// <summary>100km · 5kg (the unit is known).</summary>
    Unit,

    /// <summary>1/3: a fraction written with a slash.</summary>
    Fraction,
}
