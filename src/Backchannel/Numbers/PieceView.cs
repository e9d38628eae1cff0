using Backchannel.Dates;
using Backchannel.Text;

namespace Backchannel.Numbers;

/// <summary>The pieces of one sentence with their text: bounds-safe word access for the matchers.</summary>
internal readonly ref struct PieceView
{
    private readonly ReadOnlySpan<char> _text;
    private readonly ReadOnlySpan<Piece> _pieces;

    internal PieceView(ReadOnlySpan<char> text, ReadOnlySpan<Piece> pieces)
    {
        _text = text;
        _pieces = pieces;
    }

    internal int Count => _pieces.Length;

    internal Piece this[int k] => _pieces[k];

    /// <summary>The text of piece <paramref name="k"/>, or empty when out of range.</summary>
    internal ReadOnlySpan<char> Word(int k) => (uint)k < (uint)_pieces.Length ? _text[_pieces[k].Start.._pieces[k].End] : [];

    internal bool Is(int k, string word) => Word(k).Equals(word, StringComparison.OrdinalIgnoreCase);

    internal bool IsNumeric(int k) => (uint)k < (uint)_pieces.Length && _pieces[k].Kind is TokenKind.Number or TokenKind.Alphanumeric;

    internal bool IsWord(int k) => (uint)k < (uint)_pieces.Length && _pieces[k].Kind == TokenKind.Word;

    /// <summary>True when piece <paramref name="k"/> starts right where the piece before it ends (no space).</summary>
    internal bool Touches(int k) => k > 0 && k < _pieces.Length && _pieces[k].Start == _pieces[k - 1].End;

    /// <summary>A hyphen or dash piece (ranges, compounds).</summary>
    internal bool IsDash(int k) => Word(k) is "-" or "\u2013" or "\u2014" or "\u2010" or "\u2011";

    /// <summary>A capitalised month name or abbreviation (the verb "may" and "march" are not months).</summary>
    internal bool IsMonth(int k)
    {
        var word = Word(k);
        if (word.IsEmpty || !char.IsAsciiLetterUpper(word[0]))
        {
            return false;
        }

        return MonthNames.Find(word.TrimEnd('.')) > 0;
    }

    /// <summary>
    /// Writes pieces <paramref name="k"/> … <paramref name="k"/>+<paramref name="count"/>−1 joined by single spaces into
    /// <paramref name="buffer"/> and returns the length, or −1 when a piece is missing, not a word, or it does not fit.
    /// </summary>
    internal int Join(int k, int count, Span<char> buffer)
    {
        var length = 0;
        for (var i = 0; i < count; i++)
        {
            var word = Word(k + i);
            if (word.IsEmpty || (i > 0 && _pieces[k + i].Kind != TokenKind.Word) || length + word.Length + 1 > buffer.Length)
            {
                return -1;
            }

            if (i > 0)
            {
                buffer[length++] = ' ';
            }

            word.CopyTo(buffer[length..]);
            length += word.Length;
        }

        return length;
    }
}
