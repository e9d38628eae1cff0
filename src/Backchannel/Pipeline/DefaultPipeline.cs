using Backchannel.Stages;

namespace Backchannel.Pipeline;

/// <summary>The pipeline <c>backchannel analyze</c> runs: the components of <see cref="DefaultStages"/>, in order.</summary>
public static class DefaultPipeline
{
    /// <summary>Builds the default pipeline.</summary>
    public static Pipeline Create() => DefaultStages.Create().CreatePipeline();

    /// <summary>
    /// Builds the default pipeline without the entity linker: what linking is measured against (issue 4: it may add
    /// at most 15% to the pipeline's time).
    /// </summary>
    public static Pipeline CreateWithoutLinking() => DefaultStages.CreateWithoutLinking().CreatePipeline();
}
