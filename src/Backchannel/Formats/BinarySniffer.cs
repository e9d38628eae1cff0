namespace Backchannel.Formats;

/// <summary>
/// Recognises binary files before any decoding, so a PDF or image saved under a text extension is refused with a
/// useful hint instead of producing pages of replacement characters.
/// </summary>
internal static class BinarySniffer
{
    private const int NulWindow = 8 * 1024;

    /// <summary>The kind of binary content, or null when the bytes look like text.</summary>
    internal static string? DetectBinaryKind(ReadOnlySpan<byte> bytes)
    {
        var magic = bytes switch
        {
            [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, ..] => "PNG image",
            [0xFF, 0xD8, 0xFF, ..] => "JPEG image",
            [(byte)'G', (byte)'I', (byte)'F', (byte)'8', (byte)'7' or (byte)'9', (byte)'a', ..] => "GIF image",
            [(byte)'%', (byte)'P', (byte)'D', (byte)'F', (byte)'-', ..] => "PDF document",
            [(byte)'P', (byte)'K', 0x03, 0x04, ..] or [(byte)'P', (byte)'K', 0x05, 0x06, ..] or [(byte)'P', (byte)'K', 0x07, 0x08, ..]
                => "ZIP archive (or a Word/OpenDocument file)",
            [0x1F, 0x8B, ..] => "gzip archive",
            _ => null,
        };
        if (magic is not null)
        {
            return magic;
        }

        // UTF-16 and UTF-32 text legitimately holds NUL bytes; only a byte-order mark tells them apart from binary.
        var bom = TextDecoder.DetectBom(bytes);
        if (bom is TextDecoder.Bom.Utf16LittleEndian or TextDecoder.Bom.Utf16BigEndian
            or TextDecoder.Bom.Utf32LittleEndian or TextDecoder.Bom.Utf32BigEndian)
        {
            return null;
        }

        return bytes[..Math.Min(bytes.Length, NulWindow)].Contains((byte)0) ? "binary data (NUL bytes)" : null;
    }

    /// <summary>What to suggest for a binary kind.</summary>
    internal static string HintFor(string kind) => kind.StartsWith("PDF", StringComparison.Ordinal)
        ? "Convert it to text first, e.g. with 'pdftotext file.pdf file.txt'."
        : kind.StartsWith("ZIP", StringComparison.Ordinal)
            ? "Convert it to text first (for a Word file: save as plain text or HTML)."
            : kind.StartsWith("gzip", StringComparison.Ordinal)
                ? "Decompress it first (gunzip) and read the text inside."
                : "Convert it to text first; only text, Markdown, HTML, JSON and RSS/Atom files are read.";
}
