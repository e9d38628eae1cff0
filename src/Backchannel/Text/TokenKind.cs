namespace Backchannel.Text;

/// <summary>Coarse token classes the tokenizer decides on; later taggers refine them.</summary>
public enum TokenKind : byte
{
    /// <summary>Letters, possibly with inner apostrophes, hyphens or periods (abbreviations, initials).</summary>
    Word = 0,

    /// <summary>Digits with optional grouping, decimals, sign or percent: 500,000 · 3.5 · 19%.</summary>
    Number = 1,

    /// <summary>Sentence and clause punctuation: . , ; : ! ? … and dashes.</summary>
    Punctuation = 2,

    /// <summary>Straight or curly quotation marks and apostrophes used as quotes.</summary>
    Quote = 3,

    /// <summary>Brackets and parentheses.</summary>
    Bracket = 4,

    /// <summary>Currency and other symbols: $ € £ &amp; # @ / and the like.</summary>
    Symbol = 5,

    /// <summary>A web address.</summary>
    Url = 6,

    /// <summary>An e-mail address.</summary>
    Email = 7,

    /// <summary>Mixed letters and digits: COVID-19, G7, 1990s, 2nd.</summary>
    Alphanumeric = 8,
}
