using System.Collections.Frozen;

namespace Backchannel.Formats.Structure;

/// <summary>Heading words that open a reference list or bibliography ("References", "Works cited", "Sources:").</summary>
internal static class ReferenceHeadings
{
    private static readonly FrozenSet<string> Words = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "references", "reference list", "bibliography", "select bibliography", "selected bibliography", "works cited",
        "sources", "notes", "endnotes", "footnotes", "citations", "literature", "further reading", "notes and references",
        "sources and notes", "sources and further reading", "references and notes", "cited works", "reading list");

    /// <summary>True when <paramref name="heading"/> (numbering, list marks and end punctuation allowed) opens a reference list.</summary>
    internal static bool IsReferenceHeading(ReadOnlySpan<char> heading)
    {
        var text = LineShape.StripMarker(heading.Trim()).TrimEnd(".:").Trim();
        return text.Length > 0 && Words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text);
    }
}
