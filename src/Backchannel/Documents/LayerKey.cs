namespace Backchannel.Documents;

/// <summary>
/// Names a span layer of a <see cref="Document"/>. Components declare the keys they require and assign,
/// so the pipeline can check ordering before anything runs (as spaCy's requires/assigns do).
/// </summary>
public abstract class LayerKey
{
    private protected LayerKey(string name, Type itemType)
    {
        Name = name;
        ItemType = itemType;
    }

    /// <summary>Dotted name, e.g. <c>doc.tokens</c>. Unique per layer.</summary>
    public string Name { get; }

    /// <summary>CLR type of the layer's items.</summary>
    public Type ItemType { get; }

    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>A typed span layer key. Keys are compared by reference: declare each once, as a static field.</summary>
/// <typeparam name="T">The layer's item type; every item carries offsets.</typeparam>
public sealed class LayerKey<T> : LayerKey
    where T : ISpan
{
    /// <summary>Declares a layer.</summary>
    public LayerKey(string name)
        : base(name, typeof(T))
    {
    }
}
