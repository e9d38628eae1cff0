using System.Runtime.InteropServices;
using Backchannel.Dates;
using Backchannel.Diagnostics;
using Backchannel.Documents;
using Backchannel.Entities;
using Backchannel.Knowledge;
using Backchannel.Pipeline;
using Backchannel.Tagging;
using Backchannel.Text;

namespace Backchannel.Linking;

/// <summary>The pipeline stage that assigns <see cref="LinkingLayers.Links"/> from tokens, sentences, POS tags and entities.</summary>
public sealed class EntityLinkerComponent : IPipelineComponent
{
    /// <summary>The component's name in a pipeline.</summary>
    public const string ComponentName = "linker";

    // Lazy with one builder: the pipeline's background load and the first document may ask at once, and
    // EntityLinker.For alone could build a second linker (a ConditionalWeakTable may run its factory twice).
    private readonly Lazy<EntityLinker> linker;

    /// <summary>Links against <paramref name="kb"/>, or the shipped knowledge base (loaded on first use) when null.</summary>
    public EntityLinkerComponent(KnowledgeBase? kb = null)
    {
        linker = new(() => LoadLog.Measure("linker", () => EntityLinker.For(kb ?? ShippedKnowledgeBase.Default)), LazyThreadSafetyMode.ExecutionAndPublication);
        ModelFiles = kb is null ? [ShippedKnowledgeBase.FileName] : [];
    }

    /// <inheritdoc />
    public IReadOnlyList<string> ModelFiles { get; }

    /// <inheritdoc />
    public string Name => ComponentName;

    /// <inheritdoc />
    public IReadOnlyList<LayerKey> Requires { get; } = [TextLayers.Tokens, TextLayers.Sentences, TaggingLayers.Pos, EntityLayers.Entities];

    /// <inheritdoc />
    public IReadOnlyList<LayerKey> Assigns { get; } = [LinkingLayers.Links];

    /// <summary>The linker in use (built on first use; one per knowledge base).</summary>
    public EntityLinker Linker => linker.Value;

    /// <inheritdoc />
    public void Load() => _ = Linker;

    /// <inheritdoc />
    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var day = DocumentDay(document.Metadata);
        var links = Linker.Link(
            document.Text,
            document.Get(TextLayers.Tokens).AsSpan(),
            document.Get(TextLayers.Sentences).AsSpan(),
            document.Get(TaggingLayers.Pos).AsSpan(),
            document.Get(EntityLayers.Entities).AsSpan(),
            day,
            document.Has(DateLayers.Timexes) ? document.Get(DateLayers.Timexes).AsSpan() : []);
        // The array is the linker's fresh result, owned by no one else: wrapped, not copied.
        return document.With(LinkingLayers.Links, ImmutableCollectionsMarshal.AsImmutableArray(links));
    }

    /// <summary>
    /// The day roles are read at: the publication date in its own time zone, or null for an undated document. Never
    /// the day the command runs: an undated text gets no facts that depend on a date (issue 16), so the output does
    /// not change with the clock.
    /// </summary>
    public static DateOnly? DocumentDay(DocumentMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        return metadata.Published is { } published ? DateOnly.FromDateTime(published.DateTime) : null;
    }
}
