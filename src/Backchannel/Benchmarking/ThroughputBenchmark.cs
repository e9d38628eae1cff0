using System.Collections.Immutable;
using System.Diagnostics;
using System.Text;

namespace Backchannel.Benchmarking;

/// <summary>
/// Measures how fast a text stage runs over an in-memory corpus: untimed warm-up passes, then timed passes whose
/// medians are reported. Warm-up runs one pass (which pays any one-time loading) and then goes on until
/// <see cref="MinimumWarmup"/> more has passed,
/// because .NET's tiered JIT (like V8's) only swaps in optimised code after a while; on one core the background
/// compiler competes with the benchmark, so a single warm-up pass left the first timed passes running tier-0 code. Everything runs on the calling thread, so pinning the process to
/// one core (<c>taskset -c 0</c>) makes the figures comparable with single-threaded peers.
/// </summary>
public sealed class ThroughputBenchmark
{
    private readonly IReadOnlyList<string> _texts;

    /// <summary>Prepares a benchmark over texts that are already loaded: no I/O is ever timed.</summary>
    public ThroughputBenchmark(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        _texts = texts;
        long bytes = 0;
        foreach (var text in texts)
        {
            bytes += Encoding.UTF8.GetByteCount(text);
        }

        Utf8Bytes = bytes;
    }

    /// <summary>Least time spent warming up after the first pass, before timing starts. Two seconds by default.</summary>
    public TimeSpan MinimumWarmup { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Number of texts.</summary>
    public int Documents => _texts.Count;

    /// <summary>Total UTF-8 size of the texts.</summary>
    public long Utf8Bytes { get; }

    /// <summary>
    /// Runs <paramref name="stage"/> over every text to warm up (see <see cref="MinimumWarmup"/>), then
    /// <paramref name="repeats"/> timed times.
    /// </summary>
    /// <param name="stage">Processes one text and returns the number of tokens it produced.</param>
    /// <param name="repeats">Timed passes; at least 1.</param>
    /// <param name="onRepeat">Called after each timed pass (for progress output); not timed.</param>
    /// <param name="cancellationToken">Checked between texts.</param>
    public ThroughputResult Run(Func<string, int> stage, int repeats, Action<ThroughputRepeat>? onRepeat = null, CancellationToken cancellationToken = default)
        => Measure(stage, repeats, onRepeat, cancellationToken);

    /// <summary>
    /// How much longer <paramref name="stage"/> takes than <paramref name="baseline"/>: both warm up, then timed
    /// passes alternate (baseline first in odd pairs, second in even ones) and each pair gives one ratio. Passes of
    /// the two run seconds apart in one process, so the drift of a shared machine over minutes, which can move
    /// separate runs by 30%, lands on both sides of each ratio.
    /// </summary>
    /// <returns>One (baseline, stage) pair of pass times per repeat.</returns>
    public IReadOnlyList<(TimeSpan Baseline, TimeSpan Stage)> Compare(Func<string, int> baseline, Func<string, int> stage, int repeats, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(stage);
        ArgumentOutOfRangeException.ThrowIfLessThan(repeats, 1);
        WarmUp(baseline, cancellationToken);
        WarmUp(stage, cancellationToken);
        var pairs = new List<(TimeSpan, TimeSpan)>(repeats);
        for (var r = 1; r <= repeats; r++)
        {
            var baselineFirst = r % 2 == 1;
            var first = TimedPass(baselineFirst ? baseline : stage, cancellationToken);
            var second = TimedPass(baselineFirst ? stage : baseline, cancellationToken);
            pairs.Add(baselineFirst ? (first, second) : (second, first));
        }

        return pairs;
    }

    private long WarmUp(Func<string, int> stage, CancellationToken cancellationToken)
    {
        // The clock starts after the first pass: that pass also pays one-time loads (the linker's knowledge base takes
        // seconds), and counting them left a loading stage one warm pass where its baseline had several, so its timed
        // passes still ran code the JIT had not yet optimised.
        var tokens = Pass(stage, cancellationToken);
        var warmup = Stopwatch.StartNew();
        while (warmup.Elapsed < MinimumWarmup)
        {
            Pass(stage, cancellationToken);
        }

        return tokens;
    }

    private TimeSpan TimedPass(Func<string, int> stage, CancellationToken cancellationToken)
    {
        // Collect first so garbage from the previous pass is not charged to this one.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var watch = Stopwatch.StartNew();
        Pass(stage, cancellationToken);
        return watch.Elapsed;
    }

    private ThroughputResult Measure(Func<string, int> stage, int repeats, Action<ThroughputRepeat>? onRepeat, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stage);
        ArgumentOutOfRangeException.ThrowIfLessThan(repeats, 1);

        var tokens = WarmUp(stage, cancellationToken);
        var results = ImmutableArray.CreateBuilder<ThroughputRepeat>(repeats);
        for (var r = 1; r <= repeats; r++)
        {
            // Collect first so garbage from the previous pass is not charged to this one.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            using var process = Process.GetCurrentProcess();
            var cpu = process.TotalProcessorTime;
            var pause = GC.GetTotalPauseDuration();
            var full = GC.CollectionCount(2);
            var watch = Stopwatch.StartNew();
            var passTokens = Pass(stage, cancellationToken);
            watch.Stop();
            process.Refresh();
            cpu = process.TotalProcessorTime - cpu;
            var seconds = Math.Max(watch.Elapsed.TotalSeconds, 1e-9);
            var repeat = new ThroughputRepeat(r, watch.Elapsed, passTokens, passTokens / seconds, Utf8Bytes / 1e6 / seconds, cpu, GC.GetTotalPauseDuration() - pause, GC.CollectionCount(2) - full);
            results.Add(repeat);
            onRepeat?.Invoke(repeat);
        }

        var all = results.MoveToImmutable();
        return new ThroughputResult(
            Documents,
            Utf8Bytes,
            tokens,
            all,
            Median(all, r => r.TokensPerSecond),
            Median(all, r => r.MegabytesPerSecond));
    }

    private long Pass(Func<string, int> stage, CancellationToken cancellationToken)
    {
        long tokens = 0;
        foreach (var text in _texts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            tokens += stage(text);
        }

        return tokens;
    }

    /// <summary>The median of <paramref name="values"/> (sorted in place); the mean of the middle two for an even count.</summary>
    public static double Median(Span<double> values)
    {
        ArgumentOutOfRangeException.ThrowIfZero(values.Length);
        values.Sort();
        var mid = values.Length / 2;
        return values.Length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }

    private static double Median(ImmutableArray<ThroughputRepeat> repeats, Func<ThroughputRepeat, double> value)
    {
        var values = new double[repeats.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = value(repeats[i]);
        }

        return Median(values);
    }
}
