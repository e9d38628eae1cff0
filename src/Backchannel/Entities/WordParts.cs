namespace Backchannel.Entities;

/// <summary>
/// The parts of the recognizer's features that depend on one word alone: what a word contributes to its own row
/// (part 0) and to the rows of the tokens two and one before it and one and two after it (parts 1–4, named by where
/// the word stands as seen from that row). Their weights are summed once per word type and reused
/// (<see cref="WordPartSums"/>).
/// </summary>
internal static class WordParts
{
    /// <summary>Parts per word.</summary>
    public const int Count = 5;

    /// <summary>The word's own part.</summary>
    public const int Self = 0;

    /// <summary>Where the word stands relative to the row a part belongs to: 0, -2, -1, +1, +2.</summary>
    public static int Offset(int part) => part switch
    {
        0 => 0,
        1 => -2,
        2 => -1,
        3 => 1,
        _ => 2,
    };
}
