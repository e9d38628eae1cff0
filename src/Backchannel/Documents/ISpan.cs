namespace Backchannel.Documents;

/// <summary>Anything anchored in a document's text by character offsets (UTF-16 code units, end exclusive).</summary>
public interface ISpan
{
    /// <summary>Offset of the first character.</summary>
    int Start { get; }

    /// <summary>Offset one past the last character.</summary>
    int End { get; }
}
