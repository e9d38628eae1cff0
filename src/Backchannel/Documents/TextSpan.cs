namespace Backchannel.Documents;

/// <summary>A plain [Start, End) range of a document's text.</summary>
public readonly record struct TextSpan(int Start, int End) : ISpan
{
    /// <summary>Number of characters covered.</summary>
    public int Length => End - Start;

    /// <summary>True when <paramref name="other"/> lies wholly inside this span.</summary>
    public bool Contains(ISpan other) => other.Start >= Start && other.End <= End;

    /// <summary>True when the two spans share at least one character.</summary>
    public bool Overlaps(ISpan other) => other.Start < End && Start < other.End;
}
