using System.Globalization;
using Backchannel.Errors;

namespace Backchannel.Formats;

/// <summary>Entry point of the readers: expands paths (files, folders recursively, <c>-</c> for stdin) into documents.</summary>
public static class InputReader
{
    /// <summary>The path that stands for standard input.</summary>
    public const string StdinPath = "-";

    /// <summary>
    /// Streams read outcomes for every input, lazily, so a folder of many files is read in bounded memory.
    /// Never throws for bad input: problems are reported on the items.
    /// </summary>
    public static IEnumerable<ReadItem> ReadAll(IEnumerable<string> paths, ReaderOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(options);
        return ReadAllCore(paths, options, cancellationToken);
    }

    /// <summary>Reads content already in memory as if it came from <paramref name="path"/> (format from its extension).</summary>
    internal static IEnumerable<ReadItem> ReadBytes(string path, ReadOnlyMemory<byte> bytes, ReaderOptions options)
    {
        var format = FormatDetector.FromPath(path);
        return format == InputFormat.Unknown
            ? [DocumentAssembler.Failed(path, ReadProblems.Unsupported(path, DescribeExtension(path)))]
            : Guard(path, () => ContentReader.Read(path, bytes.Span, format, options));
    }

    private static IEnumerable<ReadItem> ReadAllCore(IEnumerable<string> paths, ReaderOptions options, CancellationToken cancellationToken)
    {
        var stdinRead = false;
        var excluded = options.Excluded.Select(Path.GetFullPath).ToArray();
        foreach (var path in paths)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (path == StdinPath)
            {
                // Standard input can be read only once; a second '-' would find it at its end and fail as empty.
                if (stdinRead)
                {
                    continue;
                }

                stdinRead = true;
                foreach (var item in ReadStdin(options))
                {
                    yield return item;
                }

                continue;
            }

            foreach (var entry in InputWalker.Expand(path, excluded))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (entry.Problem is { } problem)
                {
                    yield return DocumentAssembler.Failed(entry.Path, problem);
                    continue;
                }

                foreach (var item in ReadFile(entry.Path, options))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    yield return item;
                }
            }
        }
    }

    private static IEnumerable<ReadItem> ReadFile(string path, ReaderOptions options)
    {
        var format = FormatDetector.FromPath(path);
        if (format == InputFormat.Unknown)
        {
            return [DocumentAssembler.Failed(path, ReadProblems.Unsupported(path, DescribeExtension(path)))];
        }

        var (bytes, problem) = InputLoader.LoadFile(path, options);
        return problem is not null
            ? [DocumentAssembler.Failed(path, problem)]
            : Guard(path, () => ContentReader.Read(path, bytes.Span, format, options));
    }

    private static IEnumerable<ReadItem> ReadStdin(ReaderOptions options)
    {
        var (bytes, problem) = InputLoader.LoadStdin(options);
        return problem is not null
            ? [DocumentAssembler.Failed(StdinPath, problem)]
            : Guard(StdinPath, () => ContentReader.Read(StdinPath, bytes.Span, InputFormat.Unknown, options));
    }

    // The last line of defence for "bad input never throws": a reader bug becomes a BC9001 item, not a crash,
    // and the remaining inputs are still read. Enumeration is stepped by hand because yield cannot sit in a try.
    private static IEnumerable<ReadItem> Guard(string path, Func<IEnumerable<ReadItem>> read)
    {
        IEnumerator<ReadItem>? items = null;
        BackchannelError? failure = null;
        try
        {
            items = read().GetEnumerator();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            failure = Internal(path, ex);
        }

        if (items is null)
        {
            yield return DocumentAssembler.Failed(path, failure!);
            yield break;
        }

        using (items)
        {
            while (true)
            {
                ReadItem? current = null;
                try
                {
                    if (items.MoveNext())
                    {
                        current = items.Current;
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    failure = Internal(path, ex);
                }

                if (failure is not null)
                {
                    yield return DocumentAssembler.Failed(path, failure);
                    yield break;
                }

                if (current is null)
                {
                    yield break;
                }

                yield return current;
            }
        }
    }

    private static BackchannelError Internal(string path, Exception ex)
        => new(ErrorCode.Internal, $"Reading failed unexpectedly ({ex.GetType().Name}: {ex.Message}).", path,
            "This is a bug in Backchannel; please report it with the file if you can share it.");

    private static string DescribeExtension(string path)
    {
        var extension = Path.GetExtension(path);
        return extension.Length == 0
            ? "the file has no extension, so its format is unknown"
            : string.Create(CultureInfo.InvariantCulture, $"'{extension}' is not a supported format");
    }
}
