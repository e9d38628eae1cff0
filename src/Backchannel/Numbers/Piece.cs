using Backchannel.Text;

namespace Backchannel.Numbers;

/// <summary>
/// A token, or one part of a hyphenated word token: the numbers stage splits <c>twenty-four</c> and <c>two-hour</c>
/// into parts so number words and units inside them are seen. Offsets into the document text.
/// </summary>
internal readonly record struct Piece(int Start, int End, TokenKind Kind);
