using System.Runtime.InteropServices;
using Backchannel.Documents;
using Backchannel.Pipeline;
using Backchannel.Text;

namespace Backchannel.Tagging;

/// <summary>The pipeline stage that assigns <see cref="TaggingLayers.Chunks"/> from tokens and their POS tags.</summary>
public sealed class ChunkerComponent : IPipelineComponent
{
    /// <summary>The component's name in a pipeline.</summary>
    public const string ComponentName = "chunker";

    [ThreadStatic]
    private static List<Chunk>? t_chunks;

    [ThreadStatic]
    private static string[]? t_tags;

    private readonly Chunker? _chunker;

    /// <summary>Uses <paramref name="chunker"/>, or the shipped chunker (loaded on first use) when it is null.</summary>
    public ChunkerComponent(Chunker? chunker = null) => _chunker = chunker;

    /// <inheritdoc />
    public string Name => ComponentName;

    /// <inheritdoc />
    public IReadOnlyList<string> ModelFiles => _chunker is null ? [Chunker.ModelFileName] : [];

    /// <inheritdoc />
    public IReadOnlyList<LayerKey> Requires { get; } = [TextLayers.Tokens, TextLayers.Sentences, TaggingLayers.Pos];

    /// <inheritdoc />
    public IReadOnlyList<LayerKey> Assigns { get; } = [TaggingLayers.Chunks];

    /// <inheritdoc />
    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var chunker = _chunker ?? Chunker.Shipped;
        var tokens = document.Get(TextLayers.Tokens).AsSpan();
        var pos = document.Get(TaggingLayers.Pos).AsSpan();
        var chunks = t_chunks ??= new List<Chunk>(1024);
        chunks.Clear();
        var text = document.Text.AsSpan();
        foreach (var sentence in document.Get(TextLayers.Sentences))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var count = sentence.TokenCount;
            if (count == 0)
            {
                continue;
            }

            // The tags are copied as references into a per-thread array: no strings are made.
            var tags = t_tags is { } existing && existing.Length >= count ? existing : t_tags = new string[Math.Max(count, 256)];
            for (var i = 0; i < count; i++)
            {
                tags[i] = pos[sentence.FirstToken + i].Tag;
            }

            chunker.Chunk(text, tokens.Slice(sentence.FirstToken, count), tags.AsSpan(0, count), sentence.FirstToken, chunks);
        }

        return document.With(TaggingLayers.Chunks, ImmutableCollectionsMarshal.AsImmutableArray(chunks.ToArray()));
    }
}
