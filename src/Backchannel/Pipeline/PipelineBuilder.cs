using Backchannel.Errors;

namespace Backchannel.Pipeline;

/// <summary>
/// Collects components in order and freezes them into a <see cref="Pipeline"/>. Stages plug in through
/// <c>UseX()</c> extension methods that live in their own folders, as Markdig's extensions do.
/// </summary>
public sealed class PipelineBuilder
{
    private readonly List<IPipelineComponent> _components = [];

    /// <summary>Components added so far, in order.</summary>
    public IReadOnlyList<IPipelineComponent> Components => _components;

    /// <summary>Appends a component.</summary>
    public PipelineBuilder Add(IPipelineComponent component)
    {
        ArgumentNullException.ThrowIfNull(component);
        _components.Add(component);
        return this;
    }

    /// <summary>True when a component with this name has been added (lets <c>UseX()</c> be idempotent).</summary>
    public bool Contains(string name) => _components.Exists(c => c.Name == name);

    /// <summary>
    /// Checks the order and returns a frozen pipeline. Throws <see cref="BackchannelException"/> with
    /// <see cref="ErrorCode.UnmetRequirement"/> when a component needs a layer no earlier component assigns.
    /// </summary>
    public Pipeline Build()
    {
        var assigned = new HashSet<Documents.LayerKey>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < _components.Count; i++)
        {
            var component = _components[i];
            if (!names.Add(component.Name))
            {
                throw new BackchannelException(new BackchannelError(
                    ErrorCode.DuplicateComponent,
                    $"Component '{component.Name}' is added twice.",
                    Hint: "Add each component once."));
            }

            foreach (var required in component.Requires)
            {
                if (assigned.Contains(required))
                {
                    continue;
                }

                var later = _components.Skip(i + 1).FirstOrDefault(c => c.Assigns.Contains(required));
                var hint = later is null
                    ? $"Add a component that assigns '{required.Name}' before it."
                    : $"Move '{later.Name}', which assigns it, before '{component.Name}'.";
                throw new BackchannelException(new BackchannelError(
                    ErrorCode.UnmetRequirement,
                    $"Component '{component.Name}' requires layer '{required.Name}', which no earlier component assigns.",
                    Hint: hint));
            }

            assigned.UnionWith(component.Assigns);
        }

        return new Pipeline([.. _components]);
    }
}
