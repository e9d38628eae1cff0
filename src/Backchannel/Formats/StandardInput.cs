namespace Backchannel.Formats;

/// <summary>
/// Opens standard input for '-', refusing one that can never end. When a shell starts us with standard input closed
/// (<c>&lt;&amp;-</c>), descriptor 0 is free and the runtime's first pipe takes it: reading '-' would then wait forever
/// on our own pipe. So a pipe on descriptor 0 whose write end this process also holds counts as closed. Empty input
/// (<c>&lt;/dev/null</c>) is not closed: it ends at once and is reported as empty.
/// </summary>
internal static class StandardInput
{
    public static Stream Open()
        => IsClosed() ? throw new StandardInputClosedException() : Console.OpenStandardInput();

    /// <summary>True when descriptor 0 is a pipe this process can write to (Linux; elsewhere always false).</summary>
    internal static bool IsClosed()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            var target = new FileInfo("/proc/self/fd/0").LinkTarget;
            if (target is null || !target.StartsWith("pipe:", StringComparison.Ordinal))
            {
                return false;
            }

            foreach (var descriptor in Directory.EnumerateFileSystemEntries("/proc/self/fd"))
            {
                var name = Path.GetFileName(descriptor);
                if (name != "0" && new FileInfo(descriptor).LinkTarget == target && IsWriteEnd(name))
                {
                    return true;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // No /proc to ask: read as before.
        }

        return false;
    }

    // fdinfo's "flags:" is octal; the low two bits are the access mode, 1 being O_WRONLY.
    private static bool IsWriteEnd(string descriptor)
    {
        foreach (var line in File.ReadLines("/proc/self/fdinfo/" + descriptor))
        {
            if (line.StartsWith("flags:", StringComparison.Ordinal))
            {
                var octal = line["flags:".Length..].Trim();
                var flags = 0L;
                foreach (var digit in octal)
                {
                    flags = (flags * 8) + (digit - '0');
                }

                return (flags & 3) == 1;
            }
        }

        return false;
    }
}

/// <summary>Standard input is closed (see <see cref="StandardInput"/>).</summary>
internal sealed class StandardInputClosedException : IOException
{
    public StandardInputClosedException()
        : base("Standard input is closed.")
    {
    }
}
