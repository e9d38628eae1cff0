using Backchannel.Formats;

namespace Backchannel.Cli.Analyze;

/// <summary>Validated settings of one <c>analyze</c> run.</summary>
internal sealed record AnalyzeSettings
{
    public required IReadOnlyList<string> Inputs { get; init; }

    public required string DbPath { get; init; }

    public string? ReportPath { get; init; }

    public string? JsonPath { get; init; }

    public required ReaderOptions Reader { get; init; }

    /// <summary>Documents per store transaction: small enough that a kill loses little, large enough to amortise commits.</summary>
    public int BatchSize { get; init; } = 64;

    /// <summary>Documents analysed at once; 0 means one per core.</summary>
    public int Parallelism { get; init; }
}
