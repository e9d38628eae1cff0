using System.Buffers;
using System.IO.MemoryMappedFiles;

namespace Backchannel.Knowledge.Snapshot;

/// <summary>
/// A file mapped read-only into memory, as <see cref="Memory{T}"/>: the 36 MB snapshot is used where it lies in the
/// page cache instead of being copied into the heap (which cost a cold start ~0.1 s of CPU in the copy and the page
/// faults of a new array). The only unsafe code in the engine: a span needs the view's address. The mapping lives as
/// long as something holds the memory; files are only ever replaced by a rename (never rewritten in place), so a
/// mapped snapshot stays whole while another process writes a new one.
/// </summary>
internal sealed unsafe class MappedFile : MemoryManager<byte>
{
    private readonly MemoryMappedFile file;
    private readonly MemoryMappedViewAccessor view;
    private readonly byte* start;
    private readonly int length;

    private MappedFile(MemoryMappedFile file, MemoryMappedViewAccessor view, int length)
    {
        this.file = file;
        this.view = view;
        this.length = length;
        byte* pointer = null;
        view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
        start = pointer + view.PointerOffset;
    }

    /// <summary>Maps <paramref name="path"/> (at least one byte, under 2 GB) for reading.</summary>
    public static Memory<byte> Open(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, bufferSize: 0);
        var length = stream.Length;
        if (length is 0 or > int.MaxValue)
        {
            throw new IOException(length == 0 ? "the file is empty" : "the file is too large");
        }

        var file = MemoryMappedFile.CreateFromFile(stream, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: false);
        var view = file.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);
        return new MappedFile(file, view, (int)length).Memory;
    }

    public override Span<byte> GetSpan() => new(start, length);

    public override MemoryHandle Pin(int elementIndex = 0) => new(start + elementIndex);

    public override void Unpin()
    {
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            view.SafeMemoryMappedViewHandle.ReleasePointer();
            view.Dispose();
            file.Dispose();
        }
    }
}
