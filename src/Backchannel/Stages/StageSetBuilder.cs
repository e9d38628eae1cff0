using Backchannel.Errors;

namespace Backchannel.Stages;

/// <summary>Collects stages in order (the order their components run and their sections show) and freezes them.</summary>
public sealed class StageSetBuilder
{
    private readonly List<IStage> _stages = [];

    /// <summary>Stages added so far, in order.</summary>
    public IReadOnlyList<IStage> Stages => _stages;

    /// <summary>
    /// Plugs a stage in: its components, stored layers and report section, at once. Adding a stage of a name already
    /// present is <see cref="ErrorCode.DuplicateComponent"/>: two stages would store the same layers twice.
    /// </summary>
    public StageSetBuilder Use(IStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        if (_stages.Exists(s => s.Name == stage.Name))
        {
            throw new BackchannelException(new BackchannelError(
                ErrorCode.DuplicateComponent,
                $"Stage '{stage.Name}' is added twice.",
                Hint: "Add each stage once."));
        }

        _stages.Add(stage);
        return this;
    }

    /// <summary>True when a stage of this name has been added.</summary>
    public bool Contains(string name) => _stages.Exists(s => s.Name == name);

    /// <summary>Returns the frozen set.</summary>
    public StageSet Build() => new([.. _stages]);
}
