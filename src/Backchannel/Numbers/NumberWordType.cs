namespace Backchannel.Numbers;

/// <summary>How a spelled-out number word combines with its neighbours.</summary>
internal enum NumberWordType : byte
{
    /// <summary>zero … nine: adds to the running group.</summary>
    Unit,

    /// <summary>ten … nineteen: adds to the running group.</summary>
    Teen,

    /// <summary>twenty … ninety: adds, may be followed by a unit (twenty-four).</summary>
    Tens,

    /// <summary>hundred: multiplies the running group.</summary>
    Hundred,

    /// <summary>thousand, million, bn …: closes the running group into the total.</summary>
    Scale,

    /// <summary>dozen: multiplies by twelve.</summary>
    Dozen,

    /// <summary>first, fourth, twentieth: a rank (or a denominator after a numerator when <see cref="NumberWord.Denominator"/>).</summary>
    Ordinal,

    /// <summary>quarter: only a denominator (a quarter, three quarters).</summary>
    Quarter,

    /// <summary>thirds, quarters, fifths: a denominator after a numerator (two-thirds).</summary>
    PluralDenominator,

    /// <summary>dozens, hundreds, thousands, tens: an open-ended count (at least two of them).</summary>
    PluralScale,

    /// <summary>half: 0.5 (half a million, one and a half, half of).</summary>
    Half,
}
