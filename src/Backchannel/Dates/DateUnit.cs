namespace Backchannel.Dates;

/// <summary>
/// One token, or one hyphen-separated piece of a token ("third-quarter" → third, quarter), as the date grammar sees it.
/// </summary>
internal struct DateUnit
{
    /// <summary>Offset of the first character.</summary>
    public int Start;

    /// <summary>Offset one past the last character (a trailing abbreviation period is included).</summary>
    public int End;

    /// <summary>Index of the token this piece comes from.</summary>
    public int Token;

    /// <summary>Index of the sentence holding the token.</summary>
    public int Sentence;

    /// <summary>The lexicon entry for words.</summary>
    public DateWord Word;

    /// <summary>The integer value of numbers, clocks (minutes after midnight), decades and ordinals; -1 otherwise.</summary>
    public int Number;

    /// <summary>The surface shape.</summary>
    public DateUnitShape Shape;

    /// <summary>Digits written (for years: 4).</summary>
    public byte Digits;

    /// <summary>The character of a punctuation unit.</summary>
    public char Punct;

    /// <summary>True when the first letter is upper case.</summary>
    public bool Capitalized;

    /// <summary>True when a hyphen joins this piece to the previous one inside a token.</summary>
    public bool HyphenBefore;

    /// <summary>True for the last piece of its token (the token ends where this piece ends).</summary>
    public bool TokenEnd;

    public readonly bool Is(DateKeyword keyword) => Word.Is(keyword);

    public readonly bool IsPunct(char c) => Shape == DateUnitShape.Punct && Punct == c;

    public readonly bool IsDash => Shape == DateUnitShape.Punct && Punct is '-' or '–' or '—';
}
