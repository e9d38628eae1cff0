using System.Collections.Immutable;

namespace Backchannel.Benchmarking;

/// <summary>What a <see cref="ThroughputBenchmark"/> run measured.</summary>
/// <param name="Documents">Texts in the corpus.</param>
/// <param name="Utf8Bytes">Size of the corpus encoded as UTF-8 (the unit peers in other languages are measured in).</param>
/// <param name="Tokens">Tokens per pass, as the stage reported on the warm-up pass.</param>
/// <param name="Repeats">The timed passes, in order.</param>
/// <param name="MedianTokensPerSecond">Median of the repeats' tokens per second.</param>
/// <param name="MedianMegabytesPerSecond">Median of the repeats' megabytes per second.</param>
public sealed record ThroughputResult(
    int Documents,
    long Utf8Bytes,
    long Tokens,
    ImmutableArray<ThroughputRepeat> Repeats,
    double MedianTokensPerSecond,
    double MedianMegabytesPerSecond);
