namespace Backchannel.Documents;

/// <summary>
/// What a structural region of a document's text is. The readers set them (<see cref="DocumentLayers.Regions"/>);
/// later stages read them, e.g. the entity recognizer treats a heading's capitals as headline casing.
/// </summary>
public enum RegionKind : byte
{
    /// <summary>The document's own headline, where it is part of the text (first line of a .txt, first <c>#</c> heading, <c>&lt;h1&gt;</c>).</summary>
    Title = 0,

    /// <summary>A section heading (<c>## Background</c>, <c>&lt;h2&gt;</c>, a short title-like line of its own in plain text).</summary>
    Heading = 1,

    /// <summary>A figure or image caption (<c>&lt;figcaption&gt;</c>, <c>&lt;caption&gt;</c>, Markdown image text).</summary>
    Caption = 2,

    /// <summary>One entry of a reference list or bibliography (after a "References" heading, or an HTML reference list).</summary>
    Reference = 3,

    /// <summary>A byline: "By NAME, OUTLET" on a line of its own near the top. Holds <see cref="Author"/> and <see cref="Outlet"/> regions.</summary>
    Byline = 4,

    /// <summary>A person's name inside a byline.</summary>
    Author = 5,

    /// <summary>A news outlet or agency named in a byline or a dateline ("Alpine Newswire", "(Reuters)" without the brackets).</summary>
    Outlet = 6,

    /// <summary>A dateline opening the story ("WASHINGTON (Reuters) —", "DAVOS, Switzerland"). Holds a <see cref="Place"/> and maybe an <see cref="Outlet"/>.</summary>
    Dateline = 7,

    /// <summary>The place of a dateline ("DAVOS, Switzerland"): one or more comma-separated place names.</summary>
    Place = 8,
}
