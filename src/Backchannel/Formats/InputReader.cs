namespace Backchannel.Formats;

/// <summary>Entry point of the readers: expands paths (files, folders recursively, <c>-</c> for stdin) into documents.</summary>
public static class InputReader
{
    /// <summary>
    /// Streams read outcomes for every input, lazily, so a folder of many files is read in bounded memory.
    /// Never throws for bad input: problems are reported on the items.
    /// </summary>
    public static IEnumerable<ReadItem> ReadAll(IEnumerable<string> paths, ReaderOptions options, CancellationToken cancellationToken = default)
        => throw new NotImplementedException("Readers are being written (issue 2).");
}
