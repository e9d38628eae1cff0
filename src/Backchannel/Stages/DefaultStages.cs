using Backchannel.Dates;
using Backchannel.Entities;
using Backchannel.Knowledge;
using Backchannel.Linking;
using Backchannel.Numbers;
using Backchannel.Quotes;
using Backchannel.Tagging;

namespace Backchannel.Stages;

/// <summary>
/// The stages <c>backchannel analyze</c> runs, in order: the one place a stage is registered. The pipeline
/// (<see cref="Pipeline.DefaultPipeline"/>), the stored layers and the report (<see cref="Reporting.DefaultReport"/>)
/// all derive from this list. A new stage is one <c>.Use(new XStage())</c> line here.
/// </summary>
public static class DefaultStages
{
    /// <summary>Every stage, the linker over <paramref name="kb"/> (the shipped knowledge base when null).</summary>
    public static StageSet Create(KnowledgeBase? kb = null) => WithoutLinking().Use(new LinkingStage(kb)).Use(new QuotesStage()).Build();

    /// <summary>
    /// Every stage but the linker: what linking is measured against (issue 4: it may add at most 15% to the
    /// pipeline's time).
    /// </summary>
    public static StageSet CreateWithoutLinking() => WithoutLinking().Use(new QuotesStage()).Build();

    private static StageSetBuilder WithoutLinking() => new StageSetBuilder()
        .Use(new DocumentsStage())
        .Use(new TaggingStage())
        .Use(new EntitiesStage())
        .Use(new DatesStage())
        .Use(new NumbersStage());
}
