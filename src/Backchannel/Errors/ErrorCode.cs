namespace Backchannel.Errors;

/// <summary>
/// Every user-facing error code. Codes are stable: documentation and scripts refer to them.
/// Ranges: BC1xxx input and formats, BC2xxx pipeline, BC3xxx storage, BC4xxx CLI usage, BC9xxx internal.
/// </summary>
public static class ErrorCode
{
    /// <summary>The path does not exist.</summary>
    public const string PathNotFound = "BC1001";
    /// <summary>The file extension is not a supported format.</summary>
    public const string UnsupportedFormat = "BC1002";
    /// <summary>The file is empty or holds only whitespace.</summary>
    public const string EmptyInput = "BC1003";
    /// <summary>The file looks binary (NUL bytes or a known binary signature).</summary>
    public const string BinaryInput = "BC1004";
    /// <summary>The file had bytes that are not valid in its encoding; they were replaced.</summary>
    public const string InvalidEncoding = "BC1005";
    /// <summary>The file is larger than the configured limit.</summary>
    public const string TooLarge = "BC1006";
    /// <summary>The file could not be read (permissions, I/O).</summary>
    public const string Unreadable = "BC1007";
    /// <summary>The structured file (JSON, XML feed) is malformed.</summary>
    public const string Malformed = "BC1008";
    /// <summary>The file parsed but yielded no article text.</summary>
    public const string NoText = "BC1009";
    /// <summary>A folder held no files to read (a warning: nothing was analysed from it).</summary>
    public const string NoArticles = "BC1010";
    /// <summary>A component requires a layer no earlier component assigns.</summary>
    public const string UnmetRequirement = "BC2001";
    /// <summary>Two components in one pipeline share a name.</summary>
    public const string DuplicateComponent = "BC2002";
    /// <summary>A component failed on one document.</summary>
    public const string ComponentFailed = "BC2003";
    /// <summary>A model file is missing or unreadable.</summary>
    public const string BadModel = "BC2004";
    /// <summary>The knowledge-base snapshot is damaged (truncated, checksum mismatch, not a snapshot).</summary>
    public const string BadSnapshot = "BC2005";
    /// <summary>The store could not be opened or migrated.</summary>
    public const string StoreUnavailable = "BC3001";
    /// <summary>The store was written by a newer Backchannel.</summary>
    public const string StoreTooNew = "BC3002";
    /// <summary>A read or write on an open store failed (disk full, locked for too long, damaged file).</summary>
    public const string StoreOperationFailed = "BC3003";

    /// <summary>
    /// The store holds documents annotated by an older (or unrecorded) pipeline (a warning: they are reported as they
    /// are; <c>backchannel reanalyze</c> brings them up to date).
    /// </summary>
    public const string StaleAnnotations = "BC3004";
    /// <summary>An option value could not be parsed.</summary>
    public const string BadOption = "BC4001";
    /// <summary>An output file could not be written.</summary>
    public const string OutputFailed = "BC4003";
    /// <summary>The run was cancelled (Ctrl+C); committed batches are kept.</summary>
    public const string Interrupted = "BC4004";
    /// <summary>Unexpected failure: a bug.</summary>
    public const string Internal = "BC9001";
}
