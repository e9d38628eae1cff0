using Backchannel.Corpus;

namespace Backchannel.Reporting.Html;

/// <summary>
/// What the HTML writers know about the whole report while they write one page of it: where document pages are, the
/// flags, the record's names for link ids, and each document's annotations. Built once per report.
/// </summary>
public sealed class ReportScope
{
    private static readonly IReadOnlyList<ReportFlag> NoFlags = [];
    private readonly IRecordFacts? _record;
    private readonly ILookup<string, ReportFlag> _flagsByDocument;
    private readonly ILookup<string, Annotation> _annotations;
    private readonly Dictionary<string, string> _texts;
    private readonly Dictionary<Annotation, StoredLink> _links = new(ReferenceEqualityComparer.Instance);
    private readonly ReportContext _context;

    internal ReportScope(ReportContext context, IRecordFacts? record, DocumentLinks links)
    {
        _record = record;
        _context = context;
        Links = links;
        Flags = record?.Flags(context) ?? NoFlags;
        _flagsByDocument = Flags.ToLookup(f => f.DocumentId, StringComparer.Ordinal);
        _texts = context.Corpus.Documents.ToDictionary(d => d.Id, d => d.Text, StringComparer.Ordinal);
        _annotations = context.Corpus.Annotations.ToLookup(a => a.DocumentId, a => a.Annotation, StringComparer.Ordinal);
    }

    /// <summary>Where document pages are.</summary>
    public DocumentLinks Links { get; }

    /// <summary>Every flag, in document order.</summary>
    public IReadOnlyList<ReportFlag> Flags { get; }

    /// <summary>The flags raised in one document.</summary>
    public IEnumerable<ReportFlag> FlagsIn(string documentId) => _flagsByDocument[documentId];

    /// <summary>The stored annotations of one document, ordered by offset.</summary>
    public IEnumerable<Annotation> AnnotationsOf(string documentId) => _annotations[documentId];

    /// <summary>The codec of type <typeparamref name="T"/> among the report's layers, or null.</summary>
    public T? Codec<T>()
        where T : class, ILayerCodec => _context.Codec<T>();

    /// <summary>The mention layer stored under <paramref name="layer"/>, or null when it is none of the report's.</summary>
    public IMentionLayer? MentionLayer(string layer) => _context.CodecOf(layer) as IMentionLayer;

    /// <summary>The highlighted (non-mention) layer stored under <paramref name="layer"/>, or null.</summary>
    public IMarkedLayer? MarkedLayer(string layer) => _context.CodecOf(layer) as IMarkedLayer;

    /// <summary>A document's text; empty for an id the store does not hold.</summary>
    public string TextOf(string documentId) => _texts.GetValueOrDefault(documentId, "");

    /// <summary>The entity, confidence and reason of a stored link (read once per annotation).</summary>
    internal StoredLink LinkOf(Annotation link)
    {
        if (!_links.TryGetValue(link, out var read))
        {
            read = StoredLink.Read(link);
            _links[link] = read;
        }

        return read;
    }

    /// <summary>The record's name for a link id; the id itself when the record does not know it.</summary>
    public string ActorName(string entityId) => _record?.ActorName(entityId) ?? entityId;

    /// <summary>True when the record says the id is a person.</summary>
    public bool IsPerson(string entityId) => _record?.IsPerson(entityId) ?? false;

    /// <summary>A scope for tests and for sections rendered outside a report: pages in the same file, no record.</summary>
    public static ReportScope For(ReportContext context) => new(context, null, DocumentLinks.SameFile);
}
