using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;

namespace Backchannel.Documents;

/// <summary>
/// An immutable article: its text, its metadata and any number of typed span layers.
/// Components never mutate a document; they return a new one with a layer added (<see cref="With{T}"/>),
/// so one document can be shared across threads and a failed component leaves nothing half-written.
/// </summary>
public sealed class Document
{
    private readonly ImmutableDictionary<LayerKey, object> _layers;

    /// <summary>Creates a document with no layers.</summary>
    public Document(string text, DocumentMetadata metadata)
        : this(text, metadata, ImmutableDictionary<LayerKey, object>.Empty, ContentHash(text))
    {
    }

    private Document(string text, DocumentMetadata metadata, ImmutableDictionary<LayerKey, object> layers, string sha256)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(metadata);
        Text = text;
        Metadata = metadata;
        _layers = layers;
        Sha256 = sha256;
    }

    /// <summary>The article text, normalised to NFC with <c>\n</c> line ends by the readers.</summary>
    public string Text { get; }

    /// <summary>Title, source, dates and provenance.</summary>
    public DocumentMetadata Metadata { get; }

    /// <summary>
    /// Hex SHA-256 of the normalised content (see <see cref="ContentHash"/>): the deduplication key in the store.
    /// </summary>
    public string Sha256 { get; }

    /// <summary>Short stable identifier derived from <see cref="Sha256"/>.</summary>
    public string Id => "d" + Sha256[..12];

    /// <summary>Keys of the layers present, in no particular order.</summary>
    public IEnumerable<LayerKey> LayerKeys => _layers.Keys;

    /// <summary>True when the layer has been assigned.</summary>
    public bool Has(LayerKey key) => _layers.ContainsKey(key);

    /// <summary>The items of a layer. Throws when the layer is missing: a pipeline-ordering bug.</summary>
    public ImmutableArray<T> Get<T>(LayerKey<T> key)
        where T : ISpan
        => _layers.TryGetValue(key, out var items)
            ? (ImmutableArray<T>)items
            : throw new InvalidOperationException($"Layer '{key.Name}' has not been assigned; add its component earlier in the pipeline.");

    /// <summary>Returns a copy with <paramref name="key"/> set to <paramref name="items"/>, after checking every offset.</summary>
    public Document With<T>(LayerKey<T> key, ImmutableArray<T> items)
        where T : ISpan
    {
        ArgumentNullException.ThrowIfNull(key);
        var length = Text.Length;
        foreach (var item in items)
        {
            if (item.Start < 0 || item.End < item.Start || item.End > length)
            {
                throw new ArgumentOutOfRangeException(nameof(items), $"Layer '{key.Name}' has a span [{item.Start},{item.End}) outside the text (length {length}).");
            }
        }

        return new Document(Text, Metadata, _layers.SetItem(key, items), Sha256);
    }

    /// <summary>Returns a copy with new metadata; layers are kept.</summary>
    public Document WithMetadata(DocumentMetadata metadata) => new(Text, metadata, _layers, Sha256);

    /// <summary>The text a span covers, without allocating.</summary>
    public ReadOnlySpan<char> Slice(ISpan span) => Text.AsSpan(span.Start, span.End - span.Start);

    /// <summary>
    /// Hash of the content used for deduplication: whitespace runs collapse to one space and the ends are trimmed,
    /// so the same article re-saved with other line breaks or indentation is still recognised.
    /// </summary>
    public static string ContentHash(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Streams the collapsed text through the hash in chunks: no copy of a (possibly 50 MB) text is made.
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var encoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetEncoder();
        Span<char> chars = stackalloc char[1024];
        Span<byte> bytes = stackalloc byte[(1024 * 3) + 8];
        var count = 0;
        var started = false;
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = started;
                continue;
            }

            if (count >= chars.Length - 1)
            {
                hash.AppendData(bytes[..encoder.GetBytes(chars[..count], bytes, flush: false)]);
                count = 0;
            }

            if (pendingSpace)
            {
                chars[count++] = ' ';
                pendingSpace = false;
            }

            chars[count++] = c;
            started = true;
        }

        hash.AppendData(bytes[..encoder.GetBytes(chars[..count], bytes, flush: true)]);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
