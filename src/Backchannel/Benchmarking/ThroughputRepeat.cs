namespace Backchannel.Benchmarking;

/// <summary>One timed pass over the whole corpus.</summary>
/// <param name="Index">1-based repeat number.</param>
/// <param name="Elapsed">Wall-clock time of the pass.</param>
/// <param name="Tokens">Tokens the stage reported over the pass.</param>
/// <param name="TokensPerSecond">Tokens divided by seconds.</param>
/// <param name="MegabytesPerSecond">UTF-8 megabytes (10^6 bytes) of input divided by seconds.</param>
/// <param name="Cpu">
/// CPU time the process used during the pass: on a shared machine wall time also counts other processes' turns on
/// the core, CPU time does not (it still counts the cache misses they cause).
/// </param>
/// <param name="GcPause">Time the garbage collector paused the process during the pass.</param>
/// <param name="FullCollections">Generation-2 collections during the pass (costly when a large heap, such as the knowledge base, is live).</param>
public sealed record ThroughputRepeat(int Index, TimeSpan Elapsed, long Tokens, double TokensPerSecond, double MegabytesPerSecond, TimeSpan Cpu, TimeSpan GcPause, int FullCollections);
