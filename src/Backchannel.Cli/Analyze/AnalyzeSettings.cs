using Backchannel.Formats;
using Backchannel.Storage;

namespace Backchannel.Cli.Analyze;

/// <summary>Validated settings of one <c>analyze</c> run.</summary>
internal sealed record AnalyzeSettings
{
    public required IReadOnlyList<string> Inputs { get; init; }

    public required string DbPath { get; init; }

    public string? ReportPath { get; init; }

    public string? JsonPath { get; init; }

    public required ReaderOptions Reader { get; init; }

    /// <summary>
    /// Default longest document analysed: 2 Mi characters, far beyond any article. The models hold per-token state
    /// for a whole document (about 300 bytes per character at peak), so a 50 MB text would need some 15 GB.
    /// </summary>
    public const long DefaultMaxDocumentChars = 2L << 20;

    /// <summary>Longer documents are refused with BC1006 before analysis; their file's other documents go on.</summary>
    public long MaxDocumentChars { get; init; } = DefaultMaxDocumentChars;

    /// <summary>Documents per store transaction: small enough that a kill loses little, large enough to amortise commits.</summary>
    public int BatchSize { get; init; } = 64;

    /// <summary>Documents analysed at once; 0 means one per core.</summary>
    public int Parallelism { get; init; }

    /// <summary>How long to wait for another process's lock on the store before failing with BC3003.</summary>
    public TimeSpan LockTimeout { get; init; } = DocumentStore.DefaultLockTimeout;

    /// <summary>The clock runs and snapshots are stamped with (the system's; a test injects another).</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
