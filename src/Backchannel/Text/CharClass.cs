using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Backchannel.Text;

/// <summary>
/// Character classes the tokenizer dispatches on. ASCII goes through a 128-entry table (one load, no branches on
/// categories); the rest through a switch on the few punctuation marks English news uses, then Unicode categories.
/// </summary>
internal enum CharClass : byte
{
    Other = 0,
    Space,
    Letter,
    Digit,
    Period,
    Hyphen,
    Apostrophe,
    Quote,
    OpenBracket,
    CloseBracket,
    Comma,
    Terminal,
    Dash,
    Ellipsis,
    Mark,
    Format,
    HighSurrogate,
    LowSurrogate,
}

/// <summary>Classifies characters for <see cref="Tokenizer"/>.</summary>
internal static class CharClasses
{
    private static readonly CharClass[] Ascii = BuildAscii();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static CharClass Of(char c) => c < 128 ? Ascii[c] : OfNonAscii(c);

    /// <summary>Letters, digits and combining marks: the characters a word is made of.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWordClass(CharClass k) => k is CharClass.Letter or CharClass.Digit or CharClass.Mark;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsAsciiDigit(char c) => (uint)(c - '0') <= 9;

    /// <summary>The class of the supplementary character whose high surrogate is at <paramref name="i"/>, or Other.</summary>
    public static CharClass OfPair(ReadOnlySpan<char> text, int i)
    {
        if (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
        {
            return CharClass.Other;
        }

        var rune = new Rune(text[i], text[i + 1]);
        return FromCategory(Rune.GetUnicodeCategory(rune));
    }

    private static CharClass OfNonAscii(char c) => c switch
    {
        '\u00A0' or '\u2028' or '\u2029' or '\u3000' or '\u202F' or '\u205F' => CharClass.Space,
        '\u2018' or '\u2019' => CharClass.Apostrophe,
        '\u201C' or '\u201D' or '\u201E' or '\u201A' or '\u00AB' or '\u00BB' or '\u2039' or '\u203A' => CharClass.Quote,
        '\u2010' or '\u2011' => CharClass.Hyphen,
        '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => CharClass.Dash,
        '\u2026' => CharClass.Ellipsis,
        '\u00AD' or '\u200C' or '\u200D' => CharClass.Mark,
        _ when char.IsHighSurrogate(c) => CharClass.HighSurrogate,
        _ when char.IsLowSurrogate(c) => CharClass.LowSurrogate,
        _ => FromCategory(CharUnicodeInfo.GetUnicodeCategory(c)),
    };

    private static CharClass FromCategory(UnicodeCategory category) => category switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => CharClass.Letter,
        UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => CharClass.Digit,
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => CharClass.Mark,
        UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.Control => CharClass.Space,
        UnicodeCategory.Format => CharClass.Format,
        UnicodeCategory.OpenPunctuation => CharClass.OpenBracket,
        UnicodeCategory.ClosePunctuation => CharClass.CloseBracket,
        UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation => CharClass.Quote,
        UnicodeCategory.DashPunctuation => CharClass.Dash,
        _ => CharClass.Other,
    };

    private static CharClass[] BuildAscii()
    {
        var table = new CharClass[128];
        for (var c = 0; c < 128; c++)
        {
            table[c] = c < 32 || c == 127 ? CharClass.Space : CharClass.Other;
        }

        table[' '] = CharClass.Space;
        for (var c = 'a'; c <= 'z'; c++)
        {
            table[c] = CharClass.Letter;
            table[c - 32] = CharClass.Letter;
        }

        for (var c = '0'; c <= '9'; c++)
        {
            table[c] = CharClass.Digit;
        }

        table['.'] = CharClass.Period;
        table['-'] = CharClass.Hyphen;
        table['\''] = CharClass.Apostrophe;
        table['"'] = CharClass.Quote;
        table['('] = CharClass.OpenBracket;
        table['['] = CharClass.OpenBracket;
        table['{'] = CharClass.OpenBracket;
        table[')'] = CharClass.CloseBracket;
        table[']'] = CharClass.CloseBracket;
        table['}'] = CharClass.CloseBracket;
        table[','] = CharClass.Comma;
        table[';'] = CharClass.Comma;
        table[':'] = CharClass.Comma;
        table['?'] = CharClass.Terminal;
        table['!'] = CharClass.Terminal;
        return table;
    }
}
