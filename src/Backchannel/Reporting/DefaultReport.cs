using Backchannel.Stages;

namespace Backchannel.Reporting;

/// <summary>The report <c>analyze</c> writes: the layers and sections of <see cref="DefaultStages"/>.</summary>
public static class DefaultReport
{
    /// <summary>Builds the default report.</summary>
    public static Report Create() => DefaultStages.Create().CreateReport();
}
