namespace Backchannel.Dates;

/// <summary>The surface shape of a <see cref="DateUnit"/>.</summary>
internal enum DateUnitShape : byte
{
    /// <summary>A word (looked up in the lexicon).</summary>
    Word = 0,

    /// <summary>Digits only (grouping commas allowed): 20, 2026, 1,000.</summary>
    Number,

    /// <summary>A decimal or fraction: 1.5, 1/2.</summary>
    Fraction,

    /// <summary>A clock time: 15:30 (minutes in <see cref="DateUnit.Number"/>), or 3pm.</summary>
    Clock,

    /// <summary>A decade written with digits: 1990s, 90s (the full first year in <see cref="DateUnit.Number"/>).</summary>
    Decade,

    /// <summary>A number with an ordinal suffix: 1st, 20th.</summary>
    Ordinal,

    /// <summary>Punctuation or a symbol (the character in <see cref="DateUnit.Punct"/>).</summary>
    Punct,

    /// <summary>Anything else (URLs, mixed codes).</summary>
    Other,
}
