using System.Text.Json;
using Backchannel.Documents;
using Backchannel.Reporting;
using Backchannel.Tests.Support;

namespace Backchannel.Tests.Reporting;

public sealed class JsonReportTests
{
    private static JsonElement Render(ReportContext context)
    {
        using var stream = new MemoryStream();
        DefaultReport.Create().WriteJson(stream, context);
        return JsonDocument.Parse(stream.ToArray()).RootElement.Clone();
    }

    [Fact]
    public void An_empty_store_still_yields_every_contract_array()
    {
        var root = Render(SnapshotFactory.Context());

        Assert.Equal(1, root.GetProperty("version").GetInt32());
        foreach (var name in new[] { "documents", "entities", "quotes", "events", "meetings", "stories", "findings" })
        {
            Assert.Equal(JsonValueKind.Array, root.GetProperty(name).ValueKind);
            Assert.Equal(0, root.GetProperty(name).GetArrayLength());
        }
    }

    [Fact]
    public void Documents_carry_the_contract_fields_with_date_only_and_inferred_dates()
    {
        var inferred = SnapshotFactory.Stored("Talks resumed in Geneva.", new DocumentMetadata
        {
            Title = "Talks resume",
            Source = "Example Wire",
            Author = "A. Writer",
            Path = "in/a.txt",
            Published = new DateTimeOffset(2026, 1, 21, 0, 0, 0, TimeSpan.Zero),
            PublishedOrigin = PublishedOrigin.Inferred,
        });
        var timed = SnapshotFactory.Stored("Ministers met in Oslo.", new DocumentMetadata
        {
            Title = "Ministers meet",
            Path = "in/b.html",
            Published = new DateTimeOffset(2026, 1, 20, 18, 30, 0, TimeSpan.Zero),
            PublishedHasTime = true,
            PublishedOrigin = PublishedOrigin.Metadata,
        });

        var documents = Render(SnapshotFactory.Context(inferred, timed)).GetProperty("documents");

        var first = documents[0];
        Assert.Equal(inferred.Id, first.GetProperty("id").GetString());
        Assert.Equal("Talks resume", first.GetProperty("title").GetString());
        Assert.Equal("Example Wire", first.GetProperty("source").GetString());
        Assert.Equal("A. Writer", first.GetProperty("author").GetString());
        Assert.Equal("2026-01-21", first.GetProperty("published").GetString());
        Assert.True(first.GetProperty("publishedInferred").GetBoolean());
        Assert.Equal("in/a.txt", first.GetProperty("path").GetString());
        Assert.Equal(inferred.Sha256, first.GetProperty("sha256").GetString());

        var second = documents[1];
        Assert.Equal("2026-01-20T18:30:00+00:00", second.GetProperty("published").GetString());
        Assert.False(second.GetProperty("publishedInferred").GetBoolean());
        Assert.Equal(JsonValueKind.Null, second.GetProperty("author").ValueKind);
    }
}
