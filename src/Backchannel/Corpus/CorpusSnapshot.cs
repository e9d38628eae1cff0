using System.Collections.Immutable;

namespace Backchannel.Corpus;

/// <summary>
/// Everything in the store at one moment, as the outputs see it. Reports are rendered from a snapshot,
/// not from the files of one run, so a report always covers the whole store.
/// </summary>
/// <param name="Documents">Every stored document, ordered by publication date then id.</param>
/// <param name="SchemaVersion">Schema version of the store the snapshot came from.</param>
/// <param name="TakenAt">When the snapshot was taken.</param>
/// <param name="Annotations">Every stored annotation, ordered by document, then offset.</param>
public sealed record CorpusSnapshot(ImmutableArray<StoredDocument> Documents, int SchemaVersion, DateTimeOffset TakenAt, ImmutableArray<StoredAnnotation> Annotations)
{
    /// <summary>The annotations of one stored layer.</summary>
    public IEnumerable<StoredAnnotation> Layer(string layer) => Annotations.Where(a => a.Annotation.Layer == layer);
}
