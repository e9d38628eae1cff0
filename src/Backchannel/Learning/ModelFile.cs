using System.IO.Compression;
using System.Text;
using Backchannel.Errors;

namespace Backchannel.Learning;

/// <summary>
/// The container every shipped model and lexicon file shares: gzip'd binary that opens with a magic string. Writes go
/// through a temp file and a rename, so a failed write never leaves half a file; unreadable files fail with BC2004.
/// </summary>
public static class ModelFile
{
    /// <summary>Writes <paramref name="path"/> atomically: the magic string, then what <paramref name="write"/> writes.</summary>
    public static void Write(string path, string magic, Action<BinaryWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var temp = path + ".tmp";
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using (var stream = File.Create(temp))
        using (var gzip = new GZipStream(stream, CompressionLevel.SmallestSize))
        using (var writer = new BinaryWriter(gzip, Encoding.UTF8))
        {
            writer.Write(magic);
            write(writer);
        }

        File.Move(temp, path, overwrite: true);
    }

    /// <summary>
    /// Reads <paramref name="path"/> with <paramref name="read"/> after checking the magic string. A missing, truncated
    /// or foreign file fails with <see cref="ErrorCode.BadModel"/>, naming <paramref name="what"/> and how to rebuild it.
    /// </summary>
    public static T Read<T>(string path, string magic, string what, string rebuildHint, Func<BinaryReader, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        try
        {
            // Inflated into memory first: a BinaryReader straight over a GZipStream reads strings and 7-bit ints one
            // byte per call through the inflater, which cost the lexicons' loads most of their time.
            using var inflated = new MemoryStream();
            using (var stream = File.OpenRead(path))
            using (var gzip = new GZipStream(stream, CompressionMode.Decompress))
            {
                gzip.CopyTo(inflated);
            }

            inflated.Position = 0;
            using var reader = new BinaryReader(inflated, Encoding.UTF8);
            if (reader.ReadString() != magic)
            {
                throw new InvalidDataException("wrong magic");
            }

            return read(reader);
        }
        catch (Exception ex) when (ex is InvalidDataException or EndOfStreamException or IOException or ArgumentException or UnauthorizedAccessException)
        {
            throw new BackchannelException(new BackchannelError(ErrorCode.BadModel, $"Not a readable {what} ({ex.Message}).", path, rebuildHint), ex);
        }
    }
}
