using System.Text;
using Backchannel.Errors;

namespace Backchannel.Tests.Formats;

public sealed class EncodingTests
{
    private const string Sample = "Café talks in Zürich — “progress”.";

    public static TheoryData<string, byte[]> Encoded => new()
    {
        { "utf-8 without BOM", Encoding.UTF8.GetBytes(Sample) },
        { "utf-8 with BOM", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Sample)] },
        { "utf-16 LE", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Sample)] },
        { "utf-16 BE", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Sample)] },
        { "utf-32 LE", [.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes(Sample)] },
        { "utf-32 BE", [.. new UTF32Encoding(bigEndian: true, byteOrderMark: true).GetPreamble(), .. new UTF32Encoding(true, true).GetBytes(Sample)] },
    };

    [Theory]
    [MemberData(nameof(Encoded))]
    public void Every_supported_encoding_gives_the_same_text(string name, byte[] bytes)
    {
        var item = Assert.Single(Read.Items("enc.txt", bytes));

        Assert.True(item.Problems.IsEmpty, name);
        Assert.Equal(Sample, item.Document!.Text);
    }

    [Fact]
    public void Invalid_utf8_is_replaced_and_reported_with_count_and_offset()
    {
        byte[] bytes = [.. "Good start "u8, 0xC3, 0x28, .. " and "u8, 0xFF, .. " end"u8];

        var item = Assert.Single(Read.Items("bad.txt", bytes));

        Assert.Equal("Good start \uFFFD( and \uFFFD end", item.Document!.Text);
        var warning = Assert.Single(item.Problems);
        Assert.Equal(ErrorCode.InvalidEncoding, warning.Code);
        Assert.True(warning.IsWarning);
        Assert.Equal("bad.txt", warning.Path);
        Assert.Contains("2 invalid", warning.Message, StringComparison.Ordinal);
        Assert.Contains("offset 11", warning.Message, StringComparison.Ordinal);
        Assert.Contains("UTF-8", warning.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Lone_surrogate_in_utf16_is_replaced_and_reported()
    {
        byte[] bytes = [0xFF, 0xFE, (byte)'A', 0, 0x00, 0xD8, (byte)'B', 0];

        var item = Assert.Single(Read.Items("u16.txt", bytes));

        Assert.Equal("A\uFFFDB", item.Document!.Text);
        Assert.Equal(ErrorCode.InvalidEncoding, Read.Code(item));
    }

    [Fact]
    public void Decomposed_accents_are_composed_to_nfc()
    {
        var document = Read.One("nfc.txt", "Cafe\u0301 and \u1100\u1161\u11A8 and a\u0323\u0302");

        Assert.Equal("Caf\u00E9 and \uAC01 and \u1EAD", document.Text);
    }

    [Fact]
    public void Png_bytes_saved_as_text_are_refused_as_binary()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, .. "IHDR"u8];

        var item = Assert.Single(Read.Items("photo.txt", png));

        Assert.Null(item.Document);
        var problem = Assert.Single(item.Problems);
        Assert.Equal(ErrorCode.BinaryInput, problem.Code);
        Assert.Contains("PNG", problem.Message, StringComparison.Ordinal);
        Assert.Contains("Convert it to text first", problem.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Pdf_saved_as_html_suggests_pdftotext()
    {
        var item = Assert.Single(Read.Items("paper.html", "%PDF-1.7\n%âãÏÓ\n1 0 obj"u8.ToArray()));

        Assert.Equal(ErrorCode.BinaryInput, Read.Code(item));
        Assert.Contains("pdftotext", item.Problems[0].Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Nul_bytes_without_a_bom_mean_binary()
    {
        var item = Assert.Single(Read.Items("blob.md", [.. "text"u8, 0, 1, 2, .. "more"u8]));

        Assert.Equal(ErrorCode.BinaryInput, Read.Code(item));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t\r\n  ")]
    [InlineData("\uFEFF")]
    public void Empty_or_whitespace_input_is_reported_as_empty(string content)
    {
        var item = Assert.Single(Read.Items("blank.txt", content));

        Assert.Null(item.Document);
        Assert.Equal(ErrorCode.EmptyInput, Read.Code(item));
    }
}
