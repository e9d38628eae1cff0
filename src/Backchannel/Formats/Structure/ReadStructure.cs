using Backchannel.Documents;

namespace Backchannel.Formats.Structure;

/// <summary>What a reader knows about the structure of the text it hands to <see cref="DocumentAssembler"/>.</summary>
/// <param name="Regions">Regions the markup showed (headings, captions, reference entries, byline elements), in the reader's text offsets; null for none.</param>
/// <param name="PlainText">The text came as plain text, so its headings and reference lists are read from the shape of its lines.</param>
/// <param name="FirstLineIsTitle">The first line of the text is the document's headline.</param>
internal readonly record struct ReadStructure(List<DocumentRegion>? Regions, bool PlainText = false, bool FirstLineIsTitle = false);
