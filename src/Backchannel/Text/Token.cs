using Backchannel.Documents;

namespace Backchannel.Text;

/// <summary>A token: offsets into the document text plus its coarse kind. A struct, so a token layer is one array.</summary>
public readonly record struct Token(int Start, int End, TokenKind Kind) : ISpan
{
    /// <summary>Number of characters.</summary>
    public int Length => End - Start;
}
