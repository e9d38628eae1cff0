namespace Backchannel.Corpus;

/// <summary>
/// A stored layer whose items are highlighted on the document pages but are not mentions (not in the <c>entities</c>
/// array): spans longer than a name, such as quotes. Its marks go outside names, dates and numbers, which nest in them.
/// </summary>
public interface IMarkedLayer : ILayerCodec
{
    /// <summary>The CSS class of the mark (styled by the report's stylesheet).</summary>
    string MarkClass { get; }

    /// <summary>The tooltip of one stored item (escaped when written), or null.</summary>
    string? MarkTitle(Annotation row);

    /// <summary>The id of one item's mark on its page, so a report section can link to it; null for none.</summary>
    string? MarkAnchor(Annotation row) => null;
}
