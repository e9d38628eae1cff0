using System.Collections.Immutable;

namespace Backchannel.Tagging;

/// <summary>Chunk scores per type and overall.</summary>
/// <param name="Sentences">Sentences scored.</param>
/// <param name="Tokens">Tokens scored.</param>
/// <param name="ByType">Counts per chunk type, ordered by type name.</param>
/// <param name="Overall">Counts over all types.</param>
public sealed record ChunkEvaluation(int Sentences, int Tokens, ImmutableSortedDictionary<string, ChunkCounts> ByType, ChunkCounts Overall);
