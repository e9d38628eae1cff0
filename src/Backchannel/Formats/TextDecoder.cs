using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using System.Text.Unicode;

namespace Backchannel.Formats;

/// <summary>
/// Decodes bytes by their byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE), else as UTF-8. Invalid sequences
/// become U+FFFD and are counted, so the user can be told the file was damaged instead of silently losing text.
/// </summary>
internal static class TextDecoder
{
    /// <summary>Encodings recognisable by their byte-order mark.</summary>
    internal enum Bom
    {
        None,
        Utf8,
        Utf16LittleEndian,
        Utf16BigEndian,
        Utf32LittleEndian,
        Utf32BigEndian,
    }

    /// <summary>Which byte-order mark the bytes start with.</summary>
    internal static Bom DetectBom(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0xEF, 0xBB, 0xBF, ..] => Bom.Utf8,
        [0xFF, 0xFE, 0x00, 0x00, ..] => Bom.Utf32LittleEndian,
        [0x00, 0x00, 0xFE, 0xFF, ..] => Bom.Utf32BigEndian,
        [0xFF, 0xFE, ..] => Bom.Utf16LittleEndian,
        [0xFE, 0xFF, ..] => Bom.Utf16BigEndian,
        _ => Bom.None,
    };

    /// <summary>Decodes the bytes, replacing and counting invalid sequences.</summary>
    internal static DecodedText Decode(ReadOnlySpan<byte> bytes) => DetectBom(bytes) switch
    {
        Bom.Utf8 => DecodeUtf8(bytes[3..], 3),
        Bom.Utf16LittleEndian => DecodeUtf16(bytes[2..], 2, bigEndian: false),
        Bom.Utf16BigEndian => DecodeUtf16(bytes[2..], 2, bigEndian: true),
        Bom.Utf32LittleEndian => DecodeUtf32(bytes[4..], 4, bigEndian: false),
        Bom.Utf32BigEndian => DecodeUtf32(bytes[4..], 4, bigEndian: true),
        _ => DecodeUtf8(bytes, 0),
    };

    private static DecodedText DecodeUtf8(ReadOnlySpan<byte> bytes, int baseOffset)
    {
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(16, bytes.Length));
        try
        {
            var written = 0;
            var replaced = 0;
            var firstOffset = -1L;
            var position = 0;
            while (position < bytes.Length)
            {
                var status = Utf8.ToUtf16(bytes[position..], buffer.AsSpan(written), out var read, out var wrote, replaceInvalidSequences: false);
                position += read;
                written += wrote;
                if (status == OperationStatus.Done)
                {
                    break;
                }

                // Skip the maximal invalid subsequence, as the WHATWG decoder does, and mark it with one U+FFFD.
                _ = Rune.DecodeFromUtf8(bytes[position..], out _, out var invalidLength);
                if (firstOffset < 0)
                {
                    firstOffset = baseOffset + position;
                }

                replaced++;
                buffer[written++] = '\uFFFD';
                position += Math.Max(1, invalidLength);
            }

            return new DecodedText(new string(buffer, 0, written), "utf-8", replaced, firstOffset);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static DecodedText DecodeUtf16(ReadOnlySpan<byte> bytes, int baseOffset, bool bigEndian)
    {
        var builder = new StringBuilder((bytes.Length / 2) + 1);
        var replaced = 0;
        var firstOffset = -1L;
        var units = bytes.Length / 2;
        for (var i = 0; i < units; i++)
        {
            var unit = ReadUnit16(bytes, i, bigEndian);
            if (char.IsHighSurrogate(unit) && i + 1 < units && char.IsLowSurrogate(ReadUnit16(bytes, i + 1, bigEndian)))
            {
                builder.Append(unit).Append(ReadUnit16(bytes, i + 1, bigEndian));
                i++;
            }
            else if (char.IsSurrogate(unit))
            {
                Replace(builder, ref replaced, ref firstOffset, baseOffset + (i * 2L));
            }
            else
            {
                builder.Append(unit);
            }
        }

        if (bytes.Length % 2 != 0)
        {
            Replace(builder, ref replaced, ref firstOffset, baseOffset + bytes.Length - 1L);
        }

        return new DecodedText(builder.ToString(), bigEndian ? "utf-16be" : "utf-16le", replaced, firstOffset);
    }

    private static DecodedText DecodeUtf32(ReadOnlySpan<byte> bytes, int baseOffset, bool bigEndian)
    {
        var builder = new StringBuilder((bytes.Length / 4) + 1);
        var replaced = 0;
        var firstOffset = -1L;
        var units = bytes.Length / 4;
        for (var i = 0; i < units; i++)
        {
            var slice = bytes.Slice(i * 4, 4);
            var value = bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(slice) : BinaryPrimitives.ReadUInt32LittleEndian(slice);
            if (value <= 0x10FFFF && Rune.IsValid((int)value))
            {
                if (value < 0x10000)
                {
                    builder.Append((char)value);
                }
                else
                {
                    builder.Append(char.ConvertFromUtf32((int)value));
                }
            }
            else
            {
                Replace(builder, ref replaced, ref firstOffset, baseOffset + (i * 4L));
            }
        }

        if (bytes.Length % 4 != 0)
        {
            Replace(builder, ref replaced, ref firstOffset, baseOffset + (units * 4L));
        }

        return new DecodedText(builder.ToString(), bigEndian ? "utf-32be" : "utf-32le", replaced, firstOffset);
    }

    private static char ReadUnit16(ReadOnlySpan<byte> bytes, int index, bool bigEndian)
    {
        var slice = bytes.Slice(index * 2, 2);
        return (char)(bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(slice) : BinaryPrimitives.ReadUInt16LittleEndian(slice));
    }

    private static void Replace(StringBuilder builder, ref int replaced, ref long firstOffset, long offset)
    {
        builder.Append('\uFFFD');
        replaced++;
        if (firstOffset < 0)
        {
            firstOffset = offset;
        }
    }
}
