using System.Text;
using Backchannel.Documents;
using Backchannel.Formats;

namespace Backchannel.Tests.Formats;

/// <summary>Shortcuts for reading content in memory as if it were a file with the given name.</summary>
internal static class Read
{
    public static readonly ReaderOptions Options = new();

    public static List<ReadItem> Items(string name, string content, ReaderOptions? options = null)
        => Items(name, Encoding.UTF8.GetBytes(content), options);

    public static List<ReadItem> Items(string name, byte[] content, ReaderOptions? options = null)
        => InputReader.ReadBytes(name, content, options ?? Options).ToList();

    public static Document One(string name, string content, ReaderOptions? options = null)
        => One(name, Encoding.UTF8.GetBytes(content), options);

    public static Document One(string name, byte[] content, ReaderOptions? options = null)
    {
        var items = Items(name, content, options);
        var item = Assert.Single(items);
        Assert.True(item.Document is not null, "expected a document, got: " + string.Join("; ", item.Problems));
        return item.Document;
    }

    public static string Code(ReadItem item) => Assert.Single(item.Problems).Code;
}
