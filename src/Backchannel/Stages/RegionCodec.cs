using System.Text.Json;
using Backchannel.Corpus;
using Backchannel.Documents;

namespace Backchannel.Stages;

/// <summary>
/// Stores <see cref="DocumentLayers.Regions"/> (what the reader found of a document's structure) as <c>regions</c>
/// annotations labelled with the region kind. The stages that read them (entities) only see them when a document is
/// read, so without this a re-annotated document would lose its headings, bylines and datelines. Not in the report.
/// </summary>
public sealed class RegionCodec() : LayerCodec<DocumentRegion>(AnnotationLayers.Regions, DocumentLayers.Regions)
{
    /// <inheritdoc />
    protected override (string? Label, string? DataJson) Encode(DocumentRegion item) => (Name(item.Kind), null);

    /// <inheritdoc />
    protected override DocumentRegion Decode(Annotation row, JsonElement data) =>
        new(row.Start, row.End, Enum.TryParse<RegionKind>(row.Label, ignoreCase: true, out var kind) ? kind : RegionKind.Heading);

    /// <inheritdoc />
    protected override void WriteJson(Utf8JsonWriter writer, DocumentRegion item)
    {
        // Regions are no report field: nothing to write.
    }

    private static string Name(RegionKind kind) => kind.ToString().ToLowerInvariant();
}
