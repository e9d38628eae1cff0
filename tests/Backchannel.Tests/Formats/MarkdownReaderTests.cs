namespace Backchannel.Tests.Formats;

public sealed class MarkdownReaderTests
{
    [Fact]
    public void Markdown_becomes_readable_plain_text_with_the_first_heading_as_title()
    {
        const string markdown = """
            Some preface line.

            # Border commission reconvenes

            The **commission** met in _Tallinn_ after a [long pause](https://example.org/pause).
            ![A map of the border](map.png)

            ## Next steps

            * Draft a joint statement
            + Schedule a site visit
            1. Number one stays

            > Quoted remark from a delegate.

            ```
            code *stays* [as](is)
            ```

            Use `snake_case` names and 2 * 3 maths.

            [ref]: https://example.org/ref
            """;

        var document = Read.One("brief.md", markdown);

        Assert.Equal("Border commission reconvenes", document.Metadata.Title);
        Assert.Equal(
            "Some preface line.\n\nBorder commission reconvenes\n\nThe commission met in Tallinn after a long pause.\nA map of the border\n\n"
            + "Next steps\n\n- Draft a joint statement\n- Schedule a site visit\n1. Number one stays\n\nQuoted remark from a delegate.\n\n"
            + "code *stays* [as](is)\n\nUse snake_case names and 2 * 3 maths.",
            document.Text);
        Assert.Equal("md", document.Metadata.Format);
    }

    [Fact]
    public void Without_a_heading_the_first_line_is_the_title()
    {
        var document = Read.One("brief.markdown", "Plain **opening** line\n\nMore text.");

        Assert.Equal("Plain opening line", document.Metadata.Title);
    }

    [Fact]
    public void Setext_heading_underline_is_dropped()
    {
        var document = Read.One("brief.md", "Summit notes\n============\n\nBody.");

        Assert.Equal("Summit notes\n\nBody.", document.Text);
    }

    [Fact]
    public void Many_unmatched_brackets_are_kept_as_text()
    {
        var markdown = new string('[', 20_000) + " end";

        var document = Read.One("odd.md", markdown);

        Assert.EndsWith(" end", document.Text, StringComparison.Ordinal);
        Assert.Equal(20_000, document.Text.Count(c => c == '['));
    }
}
