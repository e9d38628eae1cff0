using System.Collections.Immutable;
using Backchannel.Corpus;
using Backchannel.Documents;
using Backchannel.Reporting;

namespace Backchannel.Tests.Support;

/// <summary>Builds report contexts from hand-written documents, with no store.</summary>
internal static class SnapshotFactory
{
    public static readonly DateTimeOffset TakenAt = new(2026, 2, 1, 12, 0, 0, TimeSpan.Zero);

    public static StoredDocument Stored(string text, DocumentMetadata metadata)
    {
        var document = new Document(text, metadata);
        return new StoredDocument(document.Id, document.Sha256, metadata, text, TakenAt);
    }

    public static ReportContext Context(params StoredDocument[] documents)
        => new(new CorpusSnapshot([.. documents], 1, TakenAt, []), RunSummary.None, "9.9.9");

    public static ReportContext Context(RunSummary run, params StoredDocument[] documents)
        => new(new CorpusSnapshot([.. documents], 1, TakenAt, []), run, "9.9.9");

    public static ReportContext Context(IEnumerable<StoredAnnotation> annotations, params StoredDocument[] documents)
        => new(new CorpusSnapshot([.. documents], 1, TakenAt, [.. annotations]), RunSummary.None, "9.9.9");

    public static ImmutableArray<StoredDocument> None => [];
}
