namespace Backchannel.Text;

/// <summary>
/// Groups tokens into sentences. Works on the token array from <see cref="Tokenizer"/> plus the text (for line breaks
/// and letter case), so it costs one pass over the tokens.
/// </summary>
/// <remarks>
/// A sentence ends at . ? ! … when the next token does not start with a lower-case letter or more punctuation;
/// closing quotes and brackets right after the mark stay with it. An abbreviation or initial ends one only when a
/// typical sentence opener follows ("... in the U.S. The ..."); a title (Dr., Gen.) never does.
/// A blank line always ends a sentence; a single line break ends one unless the next line starts in lower case or the
/// line ends on a comma, semicolon or title (wrapped text), and always before a list item or a Q:/A: line.
/// </remarks>
public static class SentenceSplitter
{
    private enum Ending : byte
    {
        None,
        Terminal,
        Abbreviation,
        Title,
    }

    /// <summary>Splits <paramref name="tokens"/> (tokens of <paramref name="text"/>) into a new array of sentences.</summary>
    public static Sentence[] Split(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens)
    {
        var sentences = new List<Sentence>((tokens.Length / 16) + 1);
        Split(text, tokens, sentences);
        return [.. sentences];
    }

    /// <summary>Appends the sentences of <paramref name="tokens"/> to <paramref name="sentences"/>, in text order.</summary>
    /// <returns>The number of sentences appended.</returns>
    public static int Split(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, List<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var before = sentences.Count;
        if (tokens.Length == 0)
        {
            return 0;
        }

        var first = 0;
        var ending = Ending.None;
        var listPeriod = ListMarkerPeriod(text, tokens, 0);
        for (var k = 0; k < tokens.Length - 1; k++)
        {
            var token = tokens[k];
            var next = tokens[k + 1];
            ending = EndingOf(text, tokens, k, k == first ? Ending.None : ending, k == listPeriod);
            var adjacent = next.Start == token.End;
            var lineBreaks = adjacent ? 0 : CountLineBreaks(text, token.End, next.Start);
            if (lineBreaks > 0)
            {
                listPeriod = ListMarkerPeriod(text, tokens, k + 1);
            }

            bool ends;
            if (lineBreaks >= 2)
            {
                ends = true;
            }
            else if (lineBreaks == 1)
            {
                ends = listPeriod >= 0 || StartsQuestionOrAnswer(text, tokens, k + 1) || !ContinuesLine(text, token, next, ending);
            }
            else if (adjacent && next.Kind is TokenKind.Quote or TokenKind.Bracket && IsCloser(text[next.Start]) && ending != Ending.None)
            {
                ends = false; // the closing quote or bracket joins the sentence it closes; the ending carries over
            }
            else
            {
                ends = ending switch
                {
                    Ending.Terminal => !ContinuesSentence(text, next),
                    Ending.Abbreviation => next.Kind == TokenKind.Word && SentenceStarters.Contains(text[next.Start..next.End]),
                    _ => false,
                };
            }

            if (ends)
            {
                Add(tokens, first, k, sentences);
                first = k + 1;
            }
        }

        Add(tokens, first, tokens.Length - 1, sentences);
        return sentences.Count - before;
    }

    private static void Add(ReadOnlySpan<Token> tokens, int first, int last, List<Sentence> sentences)
        => sentences.Add(new Sentence(tokens[first].Start, tokens[last].End, first, last - first + 1));

    private static Ending EndingOf(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int k, Ending previous, bool isListPeriod)
    {
        var token = tokens[k];
        var c = text[token.Start];
        switch (token.Kind)
        {
            case TokenKind.Punctuation:
                return !isListPeriod && c is '.' or '?' or '!' or '\u2026' ? Ending.Terminal : Ending.None;
            case TokenKind.Quote:
            case TokenKind.Bracket:
                // Reached for a closer already absorbed (see Split): it keeps the ending before it.
                return k > 0 && tokens[k - 1].End == token.Start && IsCloser(c) ? previous : Ending.None;
            case TokenKind.Word when token.Length > 1 && text[token.End - 1] == '.':
                return Abbreviations.IsTitle(text[token.Start..(token.End - 1)]) ? Ending.Title : Ending.Abbreviation;
            default:
                return Ending.None;
        }
    }

    private static bool IsCloser(char c) => c is '"' or '\'' or '\u201D' or '\u2019' or '\u00BB' or '\u203A' or ')' or ']' or '}';

    /// <summary>After . ? ! the sentence goes on only before lower case ("Why?" he asked) or more punctuation.</summary>
    private static bool ContinuesSentence(ReadOnlySpan<char> text, Token next)
        => next.Kind == TokenKind.Punctuation || char.IsLower(text[next.Start]) || (next.Kind == TokenKind.Bracket && IsCloser(text[next.Start]));

    /// <summary>A single line break is wrapping, not a sentence end, only when the text plainly runs on.</summary>
    private static bool ContinuesLine(ReadOnlySpan<char> text, Token token, Token next, Ending ending)
        => char.IsLower(text[next.Start])
           || ending == Ending.Title
           || (token.Kind == TokenKind.Punctuation && text[token.Start] is ',' or ';');

    /// <summary>
    /// If the line starting at token <paramref name="k"/> is a list item, returns the index of the token that must not
    /// end a sentence (the period of "1."), or <paramref name="k"/> itself for a bullet; otherwise -1.
    /// </summary>
    private static int ListMarkerPeriod(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int k)
    {
        var token = tokens[k];
        var c = text[token.Start];
        if (token.Length == 1 && c is '-' or '*' or '\u2022' or '\u00B7' or '\u2023' or '\u25AA' or '\u2013' or '\u2014')
        {
            return k;
        }

        if (token.Kind == TokenKind.Number && token.Length <= 3 && k + 1 < tokens.Length)
        {
            var after = tokens[k + 1];
            if (after.Start == token.End && after.Length == 1 && text[after.Start] is '.' or ')')
            {
                return k + 1;
            }
        }

        return -1;
    }

    private static bool StartsQuestionOrAnswer(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int k)
    {
        var token = tokens[k];
        if (token.Length != 1 || text[token.Start] is not ('Q' or 'A') || k + 1 >= tokens.Length)
        {
            return false;
        }

        var after = tokens[k + 1];
        return after.Start == token.End && text[after.Start] == ':';
    }

    private static int CountLineBreaks(ReadOnlySpan<char> text, int from, int to)
    {
        var count = 0;
        for (var i = from; i < to; i++)
        {
            switch (text[i])
            {
                case '\n':
                case '\u2028':
                case '\u0085':
                    count++;
                    break;
                case '\r' when i + 1 >= to || text[i + 1] != '\n':
                    count++;
                    break;
                case '\u2029':
                    count += 2;
                    break;
                default:
                    break;
            }
        }

        return count;
    }
}
