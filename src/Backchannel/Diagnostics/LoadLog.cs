using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace Backchannel.Diagnostics;

/// <summary>
/// Records every load of a shipped model, lexicon or the record, and the CLI's start-up phases. Loads are counted
/// always (tests read the counts to prove that a command never loaded what it does not need); with
/// <c>BACKCHANNEL_TRACE_LOAD=1</c> each one is also timed and printed to standard error with the milliseconds since
/// the process started, which is how start-up cost is found without guessing.
/// </summary>
public static class LoadLog
{
    /// <summary>The environment variable that turns the trace on.</summary>
    public const string TraceVariable = "BACKCHANNEL_TRACE_LOAD";

    private static readonly ConcurrentDictionary<string, int> Counts = new(StringComparer.Ordinal);
    private static readonly bool Tracing = Environment.GetEnvironmentVariable(TraceVariable) is "1" or "true";

    /// <summary>How often <paramref name="what"/> has been loaded in this process.</summary>
    public static int Count(string what) => Counts.GetValueOrDefault(what);

    /// <summary>Everything loaded so far in this process, with counts.</summary>
    public static IReadOnlyDictionary<string, int> Loaded => new Dictionary<string, int>(Counts, StringComparer.Ordinal);

    /// <summary>Runs <paramref name="load"/>, counting it under <paramref name="what"/> and timing it when tracing.</summary>
    public static T Measure<T>(string what, Func<T> load)
    {
        ArgumentNullException.ThrowIfNull(load);
        Counts.AddOrUpdate(what, 1, (_, n) => n + 1);
        if (!Tracing)
        {
            return load();
        }

        var started = Stopwatch.GetTimestamp();
        var cpu = ThreadCpuTime.Available ? ThreadCpuTime.Nanoseconds() : 0;
        var result = load();
        var used = ThreadCpuTime.Available ? $" ({(ThreadCpuTime.Nanoseconds() - cpu) / 1e6:F0} ms of CPU)" : "";
        Write($"load {what}: {Stopwatch.GetElapsedTime(started).TotalMilliseconds:F0} ms{used}");
        return result;
    }

    /// <summary>Notes a phase of a command (printed only when tracing).</summary>
    public static void Phase(string what)
    {
        if (Tracing)
        {
            Write(what);
        }
    }

    private static void Write(string what)
    {
        // Trace output only: the time since the process started, so runtime start-up shows up in the first line.
        var sinceStart = TimeProvider.System.GetUtcNow() - Process.GetCurrentProcess().StartTime.ToUniversalTime();
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[trace {sinceStart.TotalMilliseconds,6:F0} ms] {what}"));
    }
}
