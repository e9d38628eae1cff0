using System.Runtime.InteropServices;
using Backchannel.Documents;
using Backchannel.Pipeline;
using Backchannel.Text;

namespace Backchannel.Entities;

/// <summary>The pipeline stage that assigns <see cref="EntityLayers.Entities"/> from tokens and sentences.</summary>
public sealed class EntityRecognizerComponent : IPipelineComponent
{
    /// <summary>The component's name in a pipeline.</summary>
    public const string ComponentName = "entities";

    // Per-thread output list: a frozen pipeline runs one instance on many threads at once.
    [ThreadStatic]
    private static List<EntityMention>? t_mentions;

    private readonly EntityRecognizer? _recognizer;

    /// <summary>Uses <paramref name="recognizer"/>, or the shipped model (loaded on first use) when null.</summary>
    public EntityRecognizerComponent(EntityRecognizer? recognizer = null) => _recognizer = recognizer;

    /// <inheritdoc />
    public string Name => ComponentName;

    /// <inheritdoc />
    public IReadOnlyList<string> ModelFiles => _recognizer is null ? ["ner-en.bin", "clusters-en.bin"] : [];

    /// <inheritdoc />
    public IReadOnlyList<LayerKey> Requires { get; } = [TextLayers.Tokens, TextLayers.Sentences];

    /// <inheritdoc />
    public IReadOnlyList<LayerKey> Assigns { get; } = [EntityLayers.Entities];

    /// <inheritdoc />
    public void Load() => _ = _recognizer ?? EntityRecognizer.Default;

    /// <inheritdoc />
    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var recognizer = _recognizer ?? EntityRecognizer.Default;
        var mentions = t_mentions ??= new List<EntityMention>(256);
        mentions.Clear();
        var tokens = ImmutableCollectionsMarshal.AsArray(document.Get(TextLayers.Tokens)) ?? [];
        var sentences = document.Get(TextLayers.Sentences);
        recognizer.Recognize(document.Text, tokens, sentences.AsSpan(), DocumentLayers.RegionsOf(document), mentions);
        return document.With(EntityLayers.Entities, ImmutableCollectionsMarshal.AsImmutableArray(mentions.ToArray()));
    }
}
