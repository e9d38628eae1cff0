using Backchannel.Text;

namespace Backchannel.Dates;

/// <summary>Finding tokens by character offset in a token layer sorted by position.</summary>
internal static class TokenSearch
{
    /// <summary>Index of the first token starting at or after <paramref name="offset"/> (the length when none does).</summary>
    public static int FirstAtOrAfter(ReadOnlySpan<Token> tokens, int offset)
    {
        int low = 0, high = tokens.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (tokens[mid].Start < offset)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    /// <summary>The token range [first, after) of the line holding token <paramref name="token"/>.</summary>
    public static (int First, int After) LineOf(string text, ReadOnlySpan<Token> tokens, int token)
    {
        var (start, end) = LineSpan(text, tokens[token].Start);
        return (FirstAtOrAfter(tokens, start), FirstAtOrAfter(tokens, end));
    }

    /// <summary>Offsets [start, end) of the line holding <paramref name="offset"/>, without its line break.</summary>
    public static (int Start, int End) LineSpan(string text, int offset)
    {
        var start = offset == 0 ? 0 : text.LastIndexOf('\n', offset - 1) + 1;
        var end = text.IndexOf('\n', offset);
        return (start, end < 0 ? text.Length : end);
    }
}
