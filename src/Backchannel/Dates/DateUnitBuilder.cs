using Backchannel.Text;

namespace Backchannel.Dates;

/// <summary>
/// Turns tokens into <see cref="DateUnit"/>s: splits hyphenated tokens into pieces, looks words up once in
/// <see cref="DateLexicon"/> and reads digits, clock times, decades and ordinals, so the grammar never re-parses text.
/// </summary>
internal static class DateUnitBuilder
{
    public static void Build(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Sentence> sentences, List<DateUnit> units)
    {
        var sentence = 0;
        for (var t = 0; t < tokens.Length; t++)
        {
            while (sentence < sentences.Length - 1 && t >= sentences[sentence].FirstToken + sentences[sentence].TokenCount)
            {
                sentence++;
            }

            var token = tokens[t];
            var unit = new DateUnit { Token = t, Sentence = sentence, Number = -1, TokenEnd = true, Start = token.Start, End = token.End };
            switch (token.Kind)
            {
                case TokenKind.Word:
                case TokenKind.Alphanumeric:
                case TokenKind.Number:
                    AddPieces(text, token, unit, units);
                    break;
                case TokenKind.Punctuation:
                case TokenKind.Quote:
                case TokenKind.Bracket:
                case TokenKind.Symbol:
                    unit.Shape = DateUnitShape.Punct;
                    unit.Punct = text[token.Start];
                    units.Add(unit);
                    break;
                default:
                    unit.Shape = DateUnitShape.Other;
                    units.Add(unit);
                    break;
            }
        }
    }

    private static void AddPieces(ReadOnlySpan<char> text, Token token, DateUnit unit, List<DateUnit> units)
    {
        var word = text[token.Start..token.End];

        // Leading signs ("-01" of an ISO date) and inner hyphens both split; a piece keeps its own offsets.
        var pieceStart = 0;
        var hyphenBefore = false;
        for (var i = 0; i <= word.Length; i++)
        {
            if (i < word.Length && word[i] is not ('-' or '\u2010' or '\u2011'))
            {
                continue;
            }

            if (i > pieceStart)
            {
                var piece = unit;
                piece.Start = token.Start + pieceStart;
                piece.End = token.Start + i;
                piece.HyphenBefore = hyphenBefore;
                piece.TokenEnd = i == word.Length;
                Classify(word[pieceStart..i], ref piece);
                units.Add(piece);
            }

            hyphenBefore = true;
            pieceStart = i + 1;
        }
    }

    private static void Classify(ReadOnlySpan<char> piece, ref DateUnit unit)
    {
        unit.Capitalized = char.IsUpper(piece[0]);
        if (!char.IsAsciiDigit(piece[0]))
        {
            unit.Shape = DateUnitShape.Word;
            unit.Word = DateLexicon.Find(piece);
            if (unit.Word.Kind == DateWordKind.None && piece.Length > 1 && piece[^1] == '.')
            {
                unit.Word = DateLexicon.Find(piece[..^1]);
            }

            return;
        }

        var digits = 0;
        var value = 0L;
        var i = 0;
        for (; i < piece.Length; i++)
        {
            var c = piece[i];
            if (char.IsAsciiDigit(c))
            {
                value = Math.Min((value * 10) + (c - '0'), int.MaxValue);
                digits++;
            }
            else if (c != ',')
            {
                break;
            }
        }

        unit.Digits = (byte)Math.Min(digits, 255);
        unit.Number = (int)value;
        var rest = piece[i..];
        unit.Shape = rest.IsEmpty ? DateUnitShape.Number : ClassifySuffix(rest, ref unit);
    }

    private static DateUnitShape ClassifySuffix(ReadOnlySpan<char> rest, ref DateUnit unit)
    {
        if (rest[0] == ':' && rest.Length == 3 && char.IsAsciiDigit(rest[1]) && char.IsAsciiDigit(rest[2]) && unit.Number <= 24)
        {
            var minutes = ((rest[1] - '0') * 10) + (rest[2] - '0');
            unit.Number = minutes < 60 ? (unit.Number * 60) + minutes : -1;
            return unit.Number < 0 ? DateUnitShape.Other : DateUnitShape.Clock;
        }

        if (rest[0] is '.' or '/')
        {
            return DateUnitShape.Fraction;
        }

        if (rest.Equals("s", StringComparison.OrdinalIgnoreCase) && (unit.Digits == 4 ? unit.Number % 10 == 0 : unit.Digits == 2 && unit.Number % 10 == 0))
        {
            unit.Number = unit.Digits == 4 ? unit.Number : (unit.Number >= 20 ? 1900 : 2000) + unit.Number;
            return DateUnitShape.Decade;
        }

        if (unit.Digits <= 2 && (rest.Equals("st", StringComparison.OrdinalIgnoreCase) || rest.Equals("nd", StringComparison.OrdinalIgnoreCase)
            || rest.Equals("rd", StringComparison.OrdinalIgnoreCase) || rest.Equals("th", StringComparison.OrdinalIgnoreCase)))
        {
            return DateUnitShape.Ordinal;
        }

        if (unit.Digits <= 2 && unit.Number is >= 1 and <= 12 && DateLexicon.Find(rest) is { Kind: DateWordKind.Meridiem } meridiem)
        {
            unit.Number = ((unit.Number % 12) + meridiem.Value) * 60;
            unit.Word = meridiem;
            return DateUnitShape.Clock;
        }

        unit.Number = -1;
        return DateUnitShape.Other;
    }
}
