using Backchannel.Dates;
using Backchannel.Documents;
using Backchannel.Pipeline;

namespace Backchannel.Tests.Formats;

public sealed class PlainTextReaderTests
{
    [Fact]
    public void First_non_empty_line_is_the_title_and_stays_in_the_text()
    {
        var document = Read.One("note.txt", "\n\nHarbour talks resume\n\nThe delegations met again on Monday.\n");

        Assert.Equal("Harbour talks resume", document.Metadata.Title);
        Assert.Equal("Harbour talks resume\n\nThe delegations met again on Monday.", document.Text);
        Assert.Equal("txt", document.Metadata.Format);
        Assert.Equal("note.txt", document.Metadata.Path);
    }

    [Fact]
    public void Title_header_becomes_metadata_and_leaves_the_body()
    {
        var document = Read.One("note.txt",
            "Title: Envoys agree on a ceasefire timetable\nSource: The Coastal Ledger\nAuthor: R. Okafor\nPublished: 2025-11-04\n\nThe envoys agreed on a timetable late on Tuesday.\n");

        Assert.Equal("Envoys agree on a ceasefire timetable", document.Metadata.Title);
        Assert.Equal("The Coastal Ledger", document.Metadata.Source);
        Assert.Equal("R. Okafor", document.Metadata.Author);
        Assert.Equal(new DateTimeOffset(2025, 11, 4, 0, 0, 0, TimeSpan.Zero), document.Metadata.Published);
        Assert.False(document.Metadata.PublishedHasTime);
        Assert.Equal(PublishedOrigin.Metadata, document.Metadata.PublishedOrigin);
        Assert.Equal("The envoys agreed on a timetable late on Tuesday.", document.Text);
    }

    [Fact]
    public void Windows_line_ends_trailing_spaces_and_extra_blank_lines_are_normalised()
    {
        var document = Read.One("note.txt", "First line   \r\nsecond line\t\r\n\r\n\r\n\r\nThird paragraph\rfourth\u0007 line");

        Assert.Equal("First line\nsecond line\n\nThird paragraph\nfourth line", document.Text);
    }

    [Fact]
    public void Date_written_in_the_text_is_left_to_the_pipeline_and_inferred_there()
    {
        var read = Read.One("note.txt", "Talks stall\nPublished 14 April 2025\n\nOn March 3, 2025 the ministers met; a second round followed last week.");
        Assert.Null(read.Metadata.Published);
        Assert.Equal(PublishedOrigin.Unknown, read.Metadata.PublishedOrigin);

        var document = new PipelineBuilder().UseDocumentDate().Build().Process(read);

        Assert.Equal(PublishedOrigin.Inferred, document.Metadata.PublishedOrigin);
        Assert.Equal(new DateTimeOffset(2025, 4, 14, 0, 0, 0, TimeSpan.Zero), document.Metadata.Published);
        Assert.False(document.Metadata.PublishedHasTime);
    }

    [Fact]
    public void Published_override_wins_over_everything()
    {
        var forced = new DateTimeOffset(2024, 2, 29, 0, 0, 0, TimeSpan.Zero);
        var document = Read.One("note.txt", "Title: X\nPublished: 2025-01-01\n\nBody text on 3 May 2025.", Read.Options with { PublishedOverride = forced });

        Assert.Equal(forced, document.Metadata.Published);
        Assert.Equal(PublishedOrigin.Override, document.Metadata.PublishedOrigin);
    }

    [Fact]
    public void Same_input_gives_the_same_text_and_hash()
    {
        var first = Read.One("a.txt", "Alpha\r\n\r\nBeta  ");
        var second = Read.One("a.txt", "Alpha\r\n\r\nBeta  ");

        Assert.Equal(first.Text, second.Text);
        Assert.Equal(first.Sha256, second.Sha256);
    }
}
