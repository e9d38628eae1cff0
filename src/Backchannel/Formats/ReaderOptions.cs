namespace Backchannel.Formats;

/// <summary>How inputs are read.</summary>
public sealed record ReaderOptions
{
    /// <summary>Default size limit per file: 64 MiB. Larger files are refused with BC1006.</summary>
    public const long DefaultMaxFileBytes = 64L * 1024 * 1024;

    /// <summary>Files larger than this are refused (BC1006) without being read into memory.</summary>
    public long MaxFileBytes { get; init; } = DefaultMaxFileBytes;

    /// <summary>When set, every document's date is this value, marked <c>Override</c>.</summary>
    public DateTimeOffset? PublishedOverride { get; init; }

    /// <summary>
    /// Full paths never read when met while walking a folder: a file at one of them, or anything under a folder at one
    /// of them. The CLI lists its own outputs and store here, so a run never reads back what it wrote.
    /// </summary>
    public IReadOnlyCollection<string> Excluded { get; init; } = [];

    /// <summary>Opens standard input when a path is <c>-</c>. Tests replace it.</summary>
    public Func<Stream> OpenStdin { get; init; } = StandardInput.Open;
}
