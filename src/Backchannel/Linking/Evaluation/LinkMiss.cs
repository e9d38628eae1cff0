namespace Backchannel.Linking.Evaluation;

/// <summary>A gold mention the linker got wrong or missed.</summary>
/// <param name="DocumentId">The gold document.</param>
/// <param name="Gold">The gold mention.</param>
/// <param name="System">The link compared with it, or null when no link overlapped it.</param>
public sealed record LinkMiss(string DocumentId, LinkGoldMention Gold, EntityLink? System);
