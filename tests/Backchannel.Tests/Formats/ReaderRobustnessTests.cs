using System.Text;

namespace Backchannel.Tests.Formats;

/// <summary>Property tests: whatever the bytes, every reader returns items and never throws.</summary>
public sealed class ReaderRobustnessTests
{
    private static readonly string[] Names = ["r.txt", "r.md", "r.html", "r.json", "r.jsonl", "r.rss", "r.atom", "r.xml"];

    private static readonly string[] Pieces =
    [
        "<", ">", "</", "/>", "<p>", "</p>", "<div>", "<script>", "</script>", "<article>", "<rss>", "<channel>", "<item>",
        "<feed>", "<entry>", "<![CDATA[", "]]>", "<!--", "-->", "<?xml version=\"1.0\"?>", "<!DOCTYPE x [<!ENTITY e \"v\">]>",
        "&amp;", "&e;", "&#0;", "{", "}", "[", "]", "\"", ":", ",", "\"text\"", "\"html\"", "\"title\"", "null", "1e999",
        "\\u0000", "\\ud800", "#", "**", "_", "`", "```", "](", ")", "![", "\n", "\r\n", "\r", " ", "\t", "é", "e\u0301",
        "\uFEFF", "\u2028", "January 31, 2025", "2025-02-30", "Title:", "word",
    ];

    [Fact]
    public void Random_bytes_never_make_a_reader_throw()
    {
        var random = new Random(20250101);
        foreach (var name in Names)
        {
            for (var i = 0; i < 500; i++)
            {
                var bytes = new byte[random.Next(0, 400)];
                random.NextBytes(bytes);
                AssertReads(name, bytes);
            }
        }
    }

    [Fact]
    public void Random_markup_soup_never_makes_a_reader_throw()
    {
        var random = new Random(7);
        foreach (var name in Names)
        {
            for (var i = 0; i < 500; i++)
            {
                var builder = new StringBuilder();
                var count = random.Next(0, 60);
                for (var j = 0; j < count; j++)
                {
                    builder.Append(Pieces[random.Next(Pieces.Length)]);
                }

                AssertReads(name, Encoding.UTF8.GetBytes(builder.ToString()));
            }
        }
    }

    private static void AssertReads(string name, byte[] bytes)
    {
        var items = Read.Items(name, bytes);

        Assert.NotEmpty(items);
        foreach (var item in items)
        {
            Assert.True(item.Document is not null || !item.Problems.IsEmpty, $"{name}: an item with neither document nor problem");
            Assert.DoesNotContain(item.Problems, p => p.Code == Errors.ErrorCode.Internal);
        }
    }
}
