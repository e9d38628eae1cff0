namespace Backchannel.Corpus;

/// <summary>
/// A stored layer whose items are mentions: listed in <c>report.json</c>'s <c>entities</c> array (type = the row's
/// label) and marked on the document pages. A stage's codec implements it to appear there; nothing else is rewired.
/// </summary>
public interface IMentionLayer : ILayerCodec
{
    /// <summary>Names are linked to actors and tabled as names; values (dates, numbers) are tabled by normalised value.</summary>
    MentionKind Kind { get; }
}

/// <summary>What a mention layer holds.</summary>
public enum MentionKind
{
    /// <summary>Names of people, organisations and places: the links layer may point them at actors.</summary>
    Name,

    /// <summary>Values with a normalised form (dates, numbers).</summary>
    Value,
}
