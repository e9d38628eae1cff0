using System.Collections.Immutable;
using Backchannel.Corpus;
using Backchannel.Documents;
using Backchannel.Formats;
using Backchannel.Storage;

namespace Backchannel.Cli.Analyze;

/// <summary>
/// The structure (<see cref="DocumentLayers.Regions"/>) a stored document was read with, for <c>reanalyze</c>: the
/// stored <c>regions</c> rows, or, for a document stored before regions were kept, the file it was read from, read
/// again, when it is still there with the same content (matched by content hash and text; each file is read once per run).
/// Without either, the document is re-annotated as plain text, as a document made in code is.
/// </summary>
internal sealed class StoredStructure(DocumentStore store)
{
    private readonly Dictionary<string, Dictionary<string, (string Text, ImmutableArray<DocumentRegion> Regions)>> _files = new(StringComparer.Ordinal);

    /// <summary>Documents whose structure came from reading their file again.</summary>
    public int ReadAgain { get; private set; }

    /// <summary>The rows to restore <paramref name="document"/>'s inputs from.</summary>
    public IReadOnlyList<Annotation> RowsOf(StoredDocument document)
    {
        var rows = store.ReadAnnotations(document.Id, AnnotationLayers.Regions);
        if (rows.Count > 0)
        {
            return rows;
        }

        foreach (var path in store.PathsOf(document.Id).Append(document.Metadata.Path).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            // The hash ignores whitespace, the offsets do not: only the very same text lends its regions.
            if (RegionsIn(path).TryGetValue(document.Sha256, out var read) && read.Text == document.Text)
            {
                var regions = read.Regions;
                ReadAgain++;
                return [.. regions.Select(r => new Annotation(AnnotationLayers.Regions, r.Start, r.End, r.Kind.ToString().ToLowerInvariant()))];
            }
        }

        return [];
    }

    private Dictionary<string, (string Text, ImmutableArray<DocumentRegion> Regions)> RegionsIn(string path)
    {
        if (_files.TryGetValue(path, out var known))
        {
            return known;
        }

        var found = new Dictionary<string, (string Text, ImmutableArray<DocumentRegion> Regions)>(StringComparer.Ordinal);
        if (File.Exists(path))
        {
            foreach (var item in InputReader.ReadAll([path], new ReaderOptions()))
            {
                if (item.Document is { } read && read.Has(DocumentLayers.Regions))
                {
                    found.TryAdd(read.Sha256, (read.Text, read.Get(DocumentLayers.Regions)));
                }
            }
        }

        _files[path] = found;
        return found;
    }
}
