using System.Runtime.CompilerServices;

namespace Backchannel.Text;

/// <summary>Scans words and numbers for <see cref="Tokenizer"/>, including their inner hyphens, apostrophes and periods.</summary>
internal static class WordScanner
{
    /// <summary>Scans the word starting at <paramref name="start"/>, appends its token(s) and returns where it ended.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int ScanWord(ReadOnlySpan<char> text, int start, List<Token> tokens)
    {
        if (AddressScanner.TryScanUrl(text, start, out var urlEnd))
        {
            return Tokenizer.Emit(tokens, start, urlEnd, TokenKind.Url);
        }

        var hasLetter = false;
        var hasDigit = false;
        var j = ConsumeWordChars(text, start, ref hasLetter, ref hasDigit);
        while (j < text.Length)
        {
            var c = text[j];
            var cls = CharClasses.Of(c);
            if (cls == CharClass.Hyphen && StartsWord(text, j + 1))
            {
                j = ConsumeWordChars(text, j + 1, ref hasLetter, ref hasDigit);
                continue;
            }

            if (cls == CharClass.Apostrophe && j + 1 < text.Length && CharClasses.Of(text[j + 1]) == CharClass.Letter)
            {
                var clitic = CliticLength(text, j);
                if (clitic > 0)
                {
                    Tokenizer.Emit(tokens, start, j, Kind(hasLetter, hasDigit));
                    return Tokenizer.Emit(tokens, j, j + clitic, TokenKind.Word);
                }

                if (IsNegation(text, start, j))
                {
                    Tokenizer.Emit(tokens, start, j - 1, Kind(hasLetter, hasDigit));
                    return Tokenizer.Emit(tokens, j - 1, j + 2, TokenKind.Word);
                }

                j = ConsumeWordChars(text, j + 1, ref hasLetter, ref hasDigit);
                continue;
            }

            // AT&T, M&S: an ampersand between capitals binds a company name.
            if (c == '&' && j + 1 < text.Length && char.IsAsciiLetterUpper(text[j + 1]) && char.IsAsciiLetterUpper(text[j - 1]))
            {
                j = ConsumeWordChars(text, j + 1, ref hasLetter, ref hasDigit);
                continue;
            }

            break;
        }

        if (j < text.Length && text[j] is '@' or '.' or '_' or '+' or '-' && AddressScanner.TryScanEmail(text, start, out var mailEnd))
        {
            return Tokenizer.Emit(tokens, start, mailEnd, TokenKind.Email);
        }

        if (j < text.Length && text[j] == '.')
        {
            return ScanPeriodAfterWord(text, start, j, Kind(hasLetter, hasDigit), tokens);
        }

        return Tokenizer.Emit(tokens, start, j, Kind(hasLetter, hasDigit));
    }

    /// <summary>
    /// Scans a number whose sign or leading period (if any) starts at <paramref name="start"/> and whose digits continue
    /// at <paramref name="digits"/>: grouping commas, decimals, times (10:30), fractions and dates (24/7), then a
    /// percent sign or a letter suffix (1990s, 2nd, 1.2bn).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int ScanNumber(ReadOnlySpan<char> text, int start, int digits, List<Token> tokens)
    {
        var j = SkipDigits(text, digits);
        while (j < text.Length)
        {
            var c = text[j];
            if (c == ',' && j + 3 < text.Length && IsDigit3(text, j + 1) && (j + 4 == text.Length || !CharClasses.IsAsciiDigit(text[j + 4])))
            {
                j += 4;
                continue;
            }

            if (c is '.' or ':' or '/' && j + 1 < text.Length && CharClasses.IsAsciiDigit(text[j + 1]))
            {
                j = SkipDigits(text, j + 1);
                continue;
            }

            break;
        }

        if (j < text.Length && text[j] == '%')
        {
            return Tokenizer.Emit(tokens, start, j + 1, TokenKind.Number);
        }

        if (StartsWord(text, j))
        {
            var hasLetter = false;
            var hasDigit = true;
            j = ConsumeWordChars(text, j, ref hasLetter, ref hasDigit);
            return Tokenizer.Emit(tokens, start, j, Kind(hasLetter, hasDigit));
        }

        return Tokenizer.Emit(tokens, start, j, TokenKind.Number);
    }

    /// <summary>Length of a clitic ('s 'd 'm 'll 're 've) starting at the apostrophe at <paramref name="j"/>, or 0.</summary>
    public static int CliticLength(ReadOnlySpan<char> text, int j)
    {
        var rest = text.Length - j - 1;
        if (rest < 1)
        {
            return 0;
        }

        var c1 = (char)(text[j + 1] | 0x20);
        if (c1 is 's' or 'd' or 'm')
        {
            return rest == 1 || !StartsWord(text, j + 2) ? 2 : 0;
        }

        if (rest < 2)
        {
            return 0;
        }

        var c2 = (char)(text[j + 2] | 0x20);
        var pair = (c1 == 'l' && c2 == 'l') || (c1 == 'r' && c2 == 'e') || (c1 == 'v' && c2 == 'e');
        return pair && (rest == 2 || !StartsWord(text, j + 3)) ? 3 : 0;
    }

    /// <summary>True for the n't of don't/can't/isn't: "n" before the apostrophe, a lone "t" after it.</summary>
    private static bool IsNegation(ReadOnlySpan<char> text, int start, int j)
        => j - 1 > start
           && (text[j - 1] | 0x20) == 'n'
           && j + 1 < text.Length && (text[j + 1] | 0x20) == 't'
           && !StartsWord(text, j + 2);

    private static int ScanPeriodAfterWord(ReadOnlySpan<char> text, int start, int period, TokenKind kind, List<Token> tokens)
    {
        if (kind == TokenKind.Word && period - start <= 2 && TryScanInitialism(text, period, out var end))
        {
            return Tokenizer.Emit(tokens, start, end, TokenKind.Word);
        }

        if (AddressScanner.TryScanDomain(text, start, period, out end))
        {
            return Tokenizer.Emit(tokens, start, end, TokenKind.Url);
        }

        var word = text[start..period];
        var keepsPeriod = kind == TokenKind.Word
            && ((word.Length == 1 && char.IsUpper(word[0]) && word[0] != 'I')
                || Abbreviations.IsAbbreviation(word)
                || (Abbreviations.IsNumberPrefix(word) && NextNonSpaceIsDigit(text, period + 1)));
        return Tokenizer.Emit(tokens, start, keepsPeriod ? period + 1 : period, kind);
    }

    /// <summary>Dotted initialisms of one- or two-letter parts, each followed by a period: U.S., e.g., J.R.R., Ph.D.</summary>
    private static bool TryScanInitialism(ReadOnlySpan<char> text, int period, out int end)
    {
        var p = period;
        var parts = 1;
        while (true)
        {
            var q = p + 1;
            while (q < text.Length && q - p <= 3 && CharClasses.Of(text[q]) == CharClass.Letter)
            {
                q++;
            }

            var letters = q - p - 1;
            if (letters is 0 or > 2 || q >= text.Length || text[q] != '.')
            {
                break;
            }

            parts++;
            p = q;
        }

        end = p + 1;
        return parts >= 2;
    }

    private static bool NextNonSpaceIsDigit(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        return i < text.Length && CharClasses.IsAsciiDigit(text[i]);
    }

    /// <summary>Consumes letters, digits, combining marks, format characters and supplementary letters.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int ConsumeWordChars(ReadOnlySpan<char> text, int j, ref bool hasLetter, ref bool hasDigit)
    {
        while (j < text.Length)
        {
            switch (CharClasses.Of(text[j]))
            {
                case CharClass.Letter:
                    hasLetter = true;
                    j++;
                    continue;
                case CharClass.Digit:
                    hasDigit = true;
                    j++;
                    continue;
                case CharClass.Mark:
                case CharClass.Format:
                    j++;
                    continue;
                case CharClass.HighSurrogate:
                    var pair = CharClasses.OfPair(text, j);
                    if (!CharClasses.IsWordClass(pair))
                    {
                        return j;
                    }

                    hasLetter |= pair == CharClass.Letter;
                    hasDigit |= pair == CharClass.Digit;
                    j += 2;
                    continue;
                default:
                    return j;
            }
        }

        return j;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool StartsWord(ReadOnlySpan<char> text, int i)
    {
        if (i >= text.Length)
        {
            return false;
        }

        var cls = CharClasses.Of(text[i]);
        return CharClasses.IsWordClass(cls) || (cls == CharClass.HighSurrogate && CharClasses.IsWordClass(CharClasses.OfPair(text, i)));
    }

    private static int SkipDigits(ReadOnlySpan<char> text, int j)
    {
        while (j < text.Length && CharClasses.IsAsciiDigit(text[j]))
        {
            j++;
        }

        return j;
    }

    private static bool IsDigit3(ReadOnlySpan<char> text, int i)
        => CharClasses.IsAsciiDigit(text[i]) && CharClasses.IsAsciiDigit(text[i + 1]) && CharClasses.IsAsciiDigit(text[i + 2]);

    private static TokenKind Kind(bool hasLetter, bool hasDigit)
        => hasDigit ? (hasLetter ? TokenKind.Alphanumeric : TokenKind.Number) : TokenKind.Word;
}
