using System.Security;
using Backchannel.Errors;

namespace Backchannel.Formats;

/// <summary>
/// Loads an input's bytes within the size limit. A file's length is checked before anything is read, so an
/// oversized file costs nothing; standard input, whose length is unknown, is read up to one byte past the limit.
/// </summary>
internal static class InputLoader
{
    /// <summary>The limit actually enforced: the option, capped by what fits in one array.</summary>
    internal static long EffectiveLimit(ReaderOptions options) => Math.Clamp(options.MaxFileBytes, 0, Array.MaxLength - 1);

    /// <summary>Reads a file, or returns the problem that stopped it.</summary>
    internal static (ReadOnlyMemory<byte> Bytes, BackchannelError? Problem) LoadFile(string path, ReaderOptions options)
    {
        var limit = EffectiveLimit(options);
        try
        {
            var info = new FileInfo(path);
            if (info.Exists)
            {
                if (info.Length > limit)
                {
                    return (default, ReadProblems.TooLarge(path, info.Length, limit));
                }

                // Length 0 covers empty files and also FIFOs and devices, which must not be opened (they would block).
                if (info.Length == 0)
                {
                    return (default, ReadProblems.Empty(path));
                }
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, FileOptions.SequentialScan);
            var expected = stream.Length;
            if (expected > limit)
            {
                return (default, ReadProblems.TooLarge(path, expected, limit));
            }

            var (bytes, overLimit) = ReadUpTo(stream, limit, (int)expected);
            return overLimit ? (default, ReadProblems.TooLarge(path, limit + 1, limit)) : (bytes, null);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return (default, IsLink(path) ? ReadProblems.Unreadable(path, "it is a link whose target does not exist.") : ReadProblems.NotFound(path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or SecurityException or NotSupportedException or ArgumentException)
        {
            return (default, ReadProblems.Unreadable(path, ex.Message));
        }
    }

    /// <summary>Reads standard input up to the limit.</summary>
    internal static (ReadOnlyMemory<byte> Bytes, BackchannelError? Problem) LoadStdin(ReaderOptions options)
    {
        var limit = EffectiveLimit(options);
        try
        {
            using var stream = options.OpenStdin();
            var (bytes, overLimit) = ReadUpTo(stream, limit, 64 * 1024);
            return overLimit ? (default, ReadProblems.StdinTooLarge(limit))
                : bytes.Length == 0 ? (default, ReadProblems.StdinEmpty())
                : (bytes, null);
        }
        catch (StandardInputClosedException)
        {
            return (default, ReadProblems.StdinClosed());
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or InvalidOperationException)
        {
            return (default, ReadProblems.Unreadable("-", ex.Message));
        }
    }

    // Reads until end of stream or until more than limit bytes have arrived (then reports overLimit, keeps nothing).
    private static (ReadOnlyMemory<byte> Bytes, bool OverLimit) ReadUpTo(Stream stream, long limit, int initialCapacity)
    {
        var buffer = new byte[Math.Max(1, Math.Min(initialCapacity + 1L, limit + 1))];
        var total = 0;
        while (true)
        {
            if (total == buffer.Length)
            {
                if (total > limit)
                {
                    return (default, true);
                }

                Array.Resize(ref buffer, (int)Math.Min(Math.Max(buffer.Length * 2L, 4096), limit + 1));
            }

            var read = stream.Read(buffer, total, buffer.Length - total);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return total > limit ? (default, true) : (buffer.AsMemory(0, total), false);
    }

    private static bool IsLink(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget is not null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
