using Backchannel.Text;

namespace Backchannel.Dates;

/// <summary>What a run of tokens beside a stated date holds, as <see cref="HeaderDateRules"/> judges it.</summary>
/// <param name="Clean">Only header words: names, places, times, punctuation and the few words a byline or date line uses.</param>
/// <param name="Words">Word tokens in the run.</param>
/// <param name="Names">A capitalised word that is not a header or date word (a place, a person, an agency).</param>
/// <param name="Keyword">A word that marks a header line: published, updated, posted, by, dated …</param>
/// <param name="Dateline">
/// A name as datelines write them: in capitals ("WASHINGTON", "NEW YORK") or in brackets after the place ("(Reuters)").
/// </param>
internal readonly record struct HeaderRun(bool Clean, int Words, bool Names, bool Keyword, bool Dateline)
{
    /// <summary>Scans tokens [<paramref name="from"/>, <paramref name="to"/>); an empty run is clean.</summary>
    public static HeaderRun Scan(string text, ReadOnlySpan<Token> tokens, int from, int to)
    {
        int words = 0;
        bool names = false, keyword = false, dateline = false, bracketed = false;
        for (var t = from; t < to; t++)
        {
            var token = tokens[t];
            var word = text.AsSpan(token.Start, token.End - token.Start);
            if (token.Kind == TokenKind.Quote || DocumentDateWords.IsQuoteMark(word))
            {
                return default;
            }

            if (token.Kind == TokenKind.Bracket)
            {
                bracketed = word is "(" or "[";
                continue;
            }

            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            words++;
            if (DocumentDateWords.IsHistoryOrPlanCue(word) && !word.Equals("by", StringComparison.OrdinalIgnoreCase))
            {
                // "Of", "Since", "Until" in a title-case headline: the line is about a date.
                return default;
            }

            if (DocumentDateWords.IsHeaderWord(word))
            {
                keyword |= DocumentDateWords.IsHeaderKeyword(word);
            }
            else if (char.IsUpper(word[0]))
            {
                names = true;
                dateline |= bracketed || IsInCapitals(word);
            }
            else
            {
                return default;
            }
        }

        return new HeaderRun(Clean: true, words, names, keyword, dateline);
    }

    // "WASHINGTON", "N.Y.": two or more letters, none lower-case.
    private static bool IsInCapitals(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters >= 2;
    }
}
