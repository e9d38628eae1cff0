using System.Runtime.CompilerServices;

namespace Backchannel.Text;

/// <summary>
/// Splits English news text into <see cref="Token"/>s by scanning the characters once, left to right.
/// Tokens are offsets only: no strings are made. Whitespace, control and format characters between tokens are skipped.
/// </summary>
/// <remarks>
/// Choices worth knowing:
/// <list type="bullet">
/// <item>Hyphenated words stay whole (<c>well-known</c>, <c>Russia-Ukraine</c>, <c>COVID-19</c>), but a hyphen right
/// after a number splits it off (<c>1,000-kilometer</c> → <c>1,000</c> <c>-</c> <c>kilometer</c>), so quantity
/// recognisers see a plain number and its unit; <c>2004-05</c> likewise becomes two numbers around a hyphen.</item>
/// <item>Numbers keep grouping commas, decimals, a leading sign, a trailing <c>%</c> and letter suffixes:
/// <c>500,000</c>, <c>-2.5</c>, <c>19%</c>, <c>1.2bn</c> and <c>1990s</c> are one token each; currency signs are
/// their own <see cref="TokenKind.Symbol"/> token (<c>$</c> <c>1.2bn</c>).</item>
/// <item>Clitics split as in the Penn Treebank: <c>Trump's</c> → <c>Trump</c> <c>'s</c>, <c>don't</c> → <c>do</c>
/// <c>n't</c>, with straight or curly apostrophes. Other inner apostrophes stay (<c>O'Brien</c>).</item>
/// <item>Known abbreviations, initials and dotted initialisms keep their period (<c>Dr.</c>, <c>J.</c>,
/// <c>U.S.</c>); deciding whether such a period also ends a sentence is left to <see cref="SentenceSplitter"/>.</item>
/// </list>
/// </remarks>
public static class Tokenizer
{
    /// <summary>Tokenizes <paramref name="text"/> into a new array.</summary>
    public static Token[] Tokenize(ReadOnlySpan<char> text)
    {
        var tokens = new List<Token>((text.Length / 5) + 4);
        Tokenize(text, tokens);
        return [.. tokens];
    }

    /// <summary>Appends the tokens of <paramref name="text"/> to <paramref name="tokens"/>, in text order.</summary>
    /// <returns>The number of tokens appended.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Tokenize(ReadOnlySpan<char> text, List<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var before = tokens.Count;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            switch (CharClasses.Of(c))
            {
                case CharClass.Space:
                case CharClass.Format:
                    i++;
                    break;
                case CharClass.Letter:
                case CharClass.Mark:
                    i = WordScanner.ScanWord(text, i, tokens);
                    break;
                case CharClass.Digit:
                    i = CharClasses.IsAsciiDigit(c) ? WordScanner.ScanNumber(text, i, i, tokens) : WordScanner.ScanWord(text, i, tokens);
                    break;
                case CharClass.Period:
                    i = ScanPeriods(text, i, tokens);
                    break;
                case CharClass.Hyphen:
                case CharClass.Dash:
                    i = ScanDashes(text, i, tokens);
                    break;
                case CharClass.Apostrophe:
                    i = ScanApostrophe(text, i, tokens);
                    break;
                case CharClass.Quote:
                    i = Emit(tokens, i, i + 1, TokenKind.Quote);
                    break;
                case CharClass.OpenBracket:
                case CharClass.CloseBracket:
                    i = Emit(tokens, i, i + 1, TokenKind.Bracket);
                    break;
                case CharClass.Comma:
                    i = Emit(tokens, i, i + 1, TokenKind.Punctuation);
                    break;
                case CharClass.Terminal:
                    i = Emit(tokens, i, RunEnd(text, i, CharClass.Terminal), TokenKind.Punctuation);
                    break;
                case CharClass.Ellipsis:
                    i = Emit(tokens, i, RunEnd(text, i, CharClass.Ellipsis), TokenKind.Punctuation);
                    break;
                case CharClass.HighSurrogate:
                    i = ScanSupplementary(text, i, tokens);
                    break;
                default:
                    i = c == '+' && StartsSignedNumber(text, i)
                        ? WordScanner.ScanNumber(text, i, i + 1, tokens)
                        : Emit(tokens, i, i + 1, TokenKind.Symbol);
                    break;
            }
        }

        return tokens.Count - before;
    }

    internal static int Emit(List<Token> tokens, int start, int end, TokenKind kind)
    {
        tokens.Add(new Token(start, end, kind));
        return end;
    }

    private static int RunEnd(ReadOnlySpan<char> text, int i, CharClass cls)
    {
        var j = i + 1;
        while (j < text.Length && CharClasses.Of(text[j]) == cls)
        {
            j++;
        }

        return j;
    }

    private static int ScanPeriods(ReadOnlySpan<char> text, int i, List<Token> tokens)
    {
        var end = RunEnd(text, i, CharClass.Period);
        if (end - i == 1 && end < text.Length && CharClasses.IsAsciiDigit(text[end]) && !FollowsWord(text, i))
        {
            return WordScanner.ScanNumber(text, i, end, tokens);
        }

        return Emit(tokens, i, end, TokenKind.Punctuation);
    }

    private static int ScanDashes(ReadOnlySpan<char> text, int i, List<Token> tokens)
    {
        if ((text[i] is '-' or '\u2212') && StartsSignedNumber(text, i))
        {
            return WordScanner.ScanNumber(text, i, i + 1, tokens);
        }

        var j = i + 1;
        while (j < text.Length && CharClasses.Of(text[j]) is CharClass.Hyphen or CharClass.Dash)
        {
            j++;
        }

        return Emit(tokens, i, j, TokenKind.Punctuation);
    }

    private static int ScanApostrophe(ReadOnlySpan<char> text, int i, List<Token> tokens)
    {
        // Reached only when no word scan consumed it: after a number ("1990's") or a word that ended before it.
        if (FollowsWord(text, i))
        {
            var clitic = WordScanner.CliticLength(text, i);
            if (clitic > 0)
            {
                return Emit(tokens, i, i + clitic, TokenKind.Word);
            }
        }

        return Emit(tokens, i, i + 1, TokenKind.Quote);
    }

    private static int ScanSupplementary(ReadOnlySpan<char> text, int i, List<Token> tokens)
    {
        var cls = CharClasses.OfPair(text, i);
        if (CharClasses.IsWordClass(cls))
        {
            return WordScanner.ScanWord(text, i, tokens);
        }

        if (cls is CharClass.Space or CharClass.Format)
        {
            return i + 2;
        }

        // A lone high surrogate falls through as a one-char symbol; a pair (emoji and the like) as a two-char one.
        var end = i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? i + 2 : i + 1;
        return Emit(tokens, i, end, TokenKind.Symbol);
    }

    /// <summary>A sign starts a number only where a number may start: after space, an opening bracket or a quote.</summary>
    private static bool StartsSignedNumber(ReadOnlySpan<char> text, int i)
    {
        if (i + 1 >= text.Length || !CharClasses.IsAsciiDigit(text[i + 1]))
        {
            return false;
        }

        return i == 0 || CharClasses.Of(text[i - 1]) is CharClass.Space or CharClass.OpenBracket or CharClass.Quote;
    }

    private static bool FollowsWord(ReadOnlySpan<char> text, int i) => i > 0 && CharClasses.IsWordClass(CharClasses.Of(text[i - 1]));
}
