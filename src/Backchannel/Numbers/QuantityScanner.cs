using System.Runtime.InteropServices;
using Backchannel.Text;

namespace Backchannel.Numbers;

/// <summary>
/// Finds the quantities of a document sentence by sentence: splits hyphenated word tokens into pieces, then matches
/// left to right, taking the longest quantity at each piece. Thread-safe; scratch lists are per thread.
/// </summary>
internal static class QuantityScanner
{
    [ThreadStatic]
    private static List<Piece>? t_pieces;

    [ThreadStatic]
    private static List<Quantity>? t_found;

    /// <summary>Every quantity in the text, in text order, never overlapping.</summary>
    internal static Quantity[] Scan(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Sentence> sentences, CancellationToken cancellationToken)
    {
        var pieces = t_pieces ??= new List<Piece>(256);
        var found = t_found ??= new List<Quantity>(64);
        found.Clear();
        foreach (var sentence in sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            pieces.Clear();
            Split(text, tokens.Slice(sentence.FirstToken, sentence.TokenCount), pieces);
            var view = new PieceView(text, CollectionsMarshal.AsSpan(pieces));
            var k = 0;
            while (k < view.Count)
            {
                var outcome = QuantityMatcher.TryMatch(view, k, out var quantity, out var end);
                if (outcome == QuantityMatcher.Outcome.Found)
                {
                    found.Add(quantity);
                }

                k = outcome == QuantityMatcher.Outcome.None ? k + 1 : Math.Max(end, k + 1);
            }
        }

        return [.. found];
    }

    // Word tokens with inner hyphens (twenty-four, two-hour, year-old) become their parts with the hyphens between.
    private static void Split(string text, ReadOnlySpan<Token> tokens, List<Piece> pieces)
    {
        foreach (var token in tokens)
        {
            if (token.Kind != TokenKind.Word || text.AsSpan(token.Start, token.Length).IndexOf('-') < 0)
            {
                pieces.Add(new Piece(token.Start, token.End, token.Kind));
                continue;
            }

            var start = token.Start;
            for (var i = token.Start; i < token.End; i++)
            {
                if (text[i] != '-')
                {
                    continue;
                }

                if (i > start)
                {
                    pieces.Add(new Piece(start, i, TokenKind.Word));
                }

                pieces.Add(new Piece(i, i + 1, TokenKind.Punctuation));
                start = i + 1;
            }

            if (token.End > start)
            {
                pieces.Add(new Piece(start, token.End, TokenKind.Word));
            }
        }
    }
}
