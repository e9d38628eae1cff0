namespace Backchannel.Documents;

/// <summary>
/// A structural region of the text: a heading, caption, reference entry, byline or dateline, or a part of one (the
/// author and outlet of a byline, the place of a dateline). Regions of one document are sorted by start; a part lies
/// inside its byline or dateline and comes after it.
/// </summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset one past the last character.</param>
/// <param name="Kind">What the region is.</param>
public readonly record struct DocumentRegion(int Start, int End, RegionKind Kind) : ISpan
{
    /// <summary>True when the region is a heading or the title: text set in headline style.</summary>
    public bool IsHeading => Kind is RegionKind.Title or RegionKind.Heading;
}
