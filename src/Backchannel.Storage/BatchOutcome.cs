using System.Collections.Immutable;

namespace Backchannel.Storage;

/// <summary>What one batch did: ids added, and ids that were already stored (duplicates, not added again).</summary>
/// <param name="Added">Ids of documents newly stored.</param>
/// <param name="Duplicates">Ids of documents whose content was already stored, with the path of this copy.</param>
public sealed record BatchOutcome(ImmutableArray<string> Added, ImmutableArray<(string Id, string? Path)> Duplicates);
