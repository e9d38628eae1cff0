using Backchannel.Documents;
using Backchannel.Errors;

namespace Backchannel.Tests.Formats;

public sealed class JsonReaderTests
{
    [Fact]
    public void Single_object_maps_every_field()
    {
        const string json = """
            {"id": 42, "title": "Envoy visits the capital", "text": "The envoy arrived on Sunday.\r\nTalks begin Monday.",
             "url": "https://wire.example/envoy", "source": "Wire Example", "author": {"name": "J. Moreau"},
             "published": "Mon, 06 Oct 2025 14:30:00 EST"}
            """;

        var document = Read.One("one.json", json);

        Assert.Equal("The envoy arrived on Sunday.\nTalks begin Monday.", document.Text);
        var metadata = document.Metadata;
        Assert.Equal("42", metadata.ExternalId);
        Assert.Equal("Envoy visits the capital", metadata.Title);
        Assert.Equal("https://wire.example/envoy", metadata.Url);
        Assert.Equal("Wire Example", metadata.Source);
        Assert.Equal("J. Moreau", metadata.Author);
        Assert.Equal(new DateTimeOffset(2025, 10, 6, 14, 30, 0, TimeSpan.FromHours(-5)), metadata.Published);
        Assert.Equal(PublishedOrigin.Metadata, metadata.PublishedOrigin);
        Assert.Equal("one.json", metadata.Path);
        Assert.Equal("json", metadata.Format);
    }

    [Fact]
    public void Array_items_get_numbered_paths_and_html_bodies_are_extracted()
    {
        const string json = """
            [
              {"title": "A", "text": "Plain body."},
              {"title": "B", "html": "<p>Html <em>body</em>.</p><script>alert(1)</script>", "author": ["X", "Y"]},
              {"title": "C"},
              7
            ]
            """;

        var items = Read.Items("many.json", json);

        Assert.Equal(["many.json#1", "many.json#2", "many.json#3", "many.json#4"], items.Select(i => i.Path));
        Assert.Equal("Plain body.", items[0].Document!.Text);
        Assert.Equal("Html body.", items[1].Document!.Text);
        Assert.Equal("X, Y", items[1].Document!.Metadata.Author);
        Assert.Equal(ErrorCode.NoText, Read.Code(items[2]));
        Assert.Equal(ErrorCode.Malformed, Read.Code(items[3]));
    }

    [Fact]
    public void Jsonl_with_one_bad_line_reports_that_line_and_reads_the_rest()
    {
        const string jsonl = "{\"title\":\"One\",\"text\":\"First article.\"}\n\n{\"title\": broken\n{\"title\":\"Three\",\"text\":\"Third article.\"}\n";

        var items = Read.Items("feed.jsonl", jsonl);

        Assert.Equal(3, items.Count);
        Assert.Equal("First article.", items[0].Document!.Text);
        Assert.Equal("feed.jsonl#3", items[1].Path);
        Assert.Null(items[1].Document);
        var problem = Assert.Single(items[1].Problems);
        Assert.Equal(ErrorCode.Malformed, problem.Code);
        Assert.Equal("feed.jsonl#3", problem.Path);
        Assert.NotNull(problem.Hint);
        Assert.Equal("Third article.", items[2].Document!.Text);
        Assert.Equal("feed.jsonl#4", items[2].Document!.Metadata.Path);
        Assert.Equal("jsonl", items[2].Document!.Metadata.Format);
    }

    [Fact]
    public void Malformed_json_is_reported_with_its_position()
    {
        var item = Assert.Single(Read.Items("bad.json", "{\"title\": \"x\",\n \"text\": }"));

        var problem = Assert.Single(item.Problems);
        Assert.Equal(ErrorCode.Malformed, problem.Code);
        Assert.Contains("line 2", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deeply_nested_json_is_malformed_not_a_crash()
    {
        var json = new string('[', 100_000) + new string(']', 100_000);

        var item = Assert.Single(Read.Items("deep.json", json));

        Assert.Equal(ErrorCode.Malformed, Read.Code(item));
    }

    [Fact]
    public void A_lone_surrogate_escape_fails_its_own_line_and_the_lines_after_it_are_read()
    {
        const string jsonl = "{\"title\":\"One\",\"text\":\"First article.\"}\n{\"title\":\"Two\",\"text\":\"Broken \\ud800 escape.\"}\n{\"title\":\"Three\",\"text\":\"Third article.\"}\n";

        var items = Read.Items("feed.jsonl", jsonl);

        Assert.Equal(3, items.Count);
        Assert.Equal("First article.", items[0].Document!.Text);
        var problem = Assert.Single(items[1].Problems);
        Assert.Equal(ErrorCode.Malformed, problem.Code);
        Assert.Equal("feed.jsonl#2", problem.Path);
        Assert.Equal("Third article.", items[2].Document!.Text);
    }

    [Fact]
    public void A_lone_surrogate_escape_in_a_json_array_fails_that_item_alone()
    {
        const string json = "[{\"text\":\"First article.\"},{\"text\":\"Bad \\udc00.\"},{\"text\":\"Third article.\"}]";

        var items = Read.Items("items.json", json);

        Assert.Equal(3, items.Count);
        Assert.Equal(ErrorCode.Malformed, Read.Code(items[1]));
        Assert.Equal("Third article.", items[2].Document!.Text);
    }

    [Fact]
    public void A_broken_jsonl_line_is_reported_with_its_own_line_number()
    {
        const string jsonl = "{\"text\":\"First article.\"}\n{\"text\":\"Second article.\"}\n{\"text\": broken}\n";

        var items = Read.Items("feed.jsonl", jsonl);

        var problem = Assert.Single(items[2].Problems);
        Assert.Equal("feed.jsonl#3", problem.Path);
        Assert.Contains("(line 3,", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("line 1,", problem.Message, StringComparison.Ordinal);
    }
}
