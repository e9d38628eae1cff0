using Backchannel.Documents;

namespace Backchannel.Tests.Formats;

/// <summary>What the readers tell about a document's structure: the regions layer and the byline metadata.</summary>
public sealed class DocumentStructureTests
{
    private static List<(RegionKind Kind, string Text)> Regions(Document document)
        => [.. document.Get(DocumentLayers.Regions).Select(r => (r.Kind, document.Text[r.Start..r.End]))];

    [Fact]
    public void Markdown_headings_are_regions_and_the_first_level_one_heading_is_the_title()
    {
        var document = Read.One("note.md", """
            # Harbour talks stall

            Delegates met for a third day.

            ## Background and Provenance

            The dispute goes back years.

            Fishing Quotas
            --------------

            Quotas were not discussed.
            """);

        var regions = Regions(document);
        Assert.Contains((RegionKind.Title, "Harbour talks stall"), regions);
        Assert.Contains((RegionKind.Heading, "Background and Provenance"), regions);
        Assert.Contains((RegionKind.Heading, "Fishing Quotas"), regions);
        Assert.DoesNotContain(regions, r => r.Text.Contains("Delegates", StringComparison.Ordinal));
    }

    [Fact]
    public void Markdown_image_text_is_a_caption_and_entries_under_references_are_reference_regions()
    {
        var document = Read.One("paper.md", """
            # Ports and power

            ![Cranes at the Eastport terminal](cranes.jpg)

            The argument follows earlier work.

            ## References

            - Halvorsen, K. (2019). Quiet Harbours: A History of Port Diplomacy. Northfield Press.
            - Okafor, T., & Lindqvist, M. (2021). "Trade, Tides and Treaties." Maritime Review, 4(2).

            ## Appendix

            Nothing here is a reference.
            """);

        var regions = Regions(document);
        Assert.Contains((RegionKind.Caption, "Cranes at the Eastport terminal"), regions);
        var references = regions.Where(r => r.Kind == RegionKind.Reference).Select(r => r.Text).ToList();
        Assert.Equal(2, references.Count);
        Assert.StartsWith("Halvorsen, K. (2019)", references[0], StringComparison.Ordinal);
        Assert.StartsWith("Okafor, T.", references[1], StringComparison.Ordinal);
        Assert.DoesNotContain(regions, r => r.Text.StartsWith("Nothing", StringComparison.Ordinal));
    }

    [Fact]
    public void Html_headings_captions_reference_lists_and_byline_elements_are_regions()
    {
        var document = Read.One("page.html", """
            <html><body><article>
              <h1>Envoys meet at the lakeside hotel</h1>
              <p class="byline">By <span class="author">Ilse Marten</span></p>
              <p>The two envoys met on Friday to discuss the ceasefire line.</p>
              <figure><img src="a.jpg"><figcaption>The hotel terrace before the meeting.</figcaption></figure>
              <h2>What Comes Next</h2>
              <p>Another round is planned.</p>
              <h2>Sources</h2>
              <ol><li>Berglund, A. (2024). Lines on the Water.</li><li>Costa, R. (2022). Ceasefires.</li></ol>
              <ol class="footnotes"><li>Fenwick, J. (2020). Small Rooms.</li></ol>
            </article></body></html>
            """);

        var regions = Regions(document);
        Assert.Contains((RegionKind.Title, "Envoys meet at the lakeside hotel"), regions);
        Assert.Contains((RegionKind.Heading, "What Comes Next"), regions);
        Assert.Contains((RegionKind.Caption, "The hotel terrace before the meeting."), regions);
        Assert.Contains((RegionKind.Byline, "By Ilse Marten"), regions);
        Assert.Contains((RegionKind.Author, "Ilse Marten"), regions);
        Assert.Equal(
            ["Berglund, A. (2024). Lines on the Water.", "Costa, R. (2022). Ceasefires.", "Fenwick, J. (2020). Small Rooms."],
            regions.Where(r => r.Kind == RegionKind.Reference).Select(r => r.Text));
        Assert.Equal("Ilse Marten", document.Metadata.Author);
    }

    [Fact]
    public void Plain_text_headings_title_line_and_reference_list_come_from_the_shape_of_the_lines()
    {
        var document = Read.One("paper.txt", """
            Quiet Channels and Loud Harbours
            Summary
            This note looks at how port disputes were settled by informal envoys in the last decade.
            - Method and Provenance
            We read the public statements of both sides and the minutes that were released later.
            2.1 Key Actors
            The actors were few: two envoys, one mediator and a shipping company.
            What Did the Talks Achieve?
            Very little in public, and more behind the scenes.
            References
            Halvorsen, K. (2019). Quiet Harbours. Northfield Press.
            Okafor, T. (2021). Tides and Treaties. Maritime Review.
            Acknowledgements
            The author thanks the harbour archive for its help.
            """);

        var regions = Regions(document);
        Assert.Contains((RegionKind.Title, "Quiet Channels and Loud Harbours"), regions);
        Assert.Contains((RegionKind.Heading, "Summary"), regions);
        Assert.Contains((RegionKind.Heading, "- Method and Provenance"), regions);
        Assert.Contains((RegionKind.Heading, "2.1 Key Actors"), regions);
        Assert.Contains((RegionKind.Heading, "What Did the Talks Achieve?"), regions);
        Assert.Contains((RegionKind.Heading, "Acknowledgements"), regions);
        Assert.Equal(
            ["Halvorsen, K. (2019). Quiet Harbours. Northfield Press.", "Okafor, T. (2021). Tides and Treaties. Maritime Review."],
            regions.Where(r => r.Kind == RegionKind.Reference).Select(r => r.Text));
        Assert.DoesNotContain(regions, r => r.Text.StartsWith("The author", StringComparison.Ordinal));
        Assert.DoesNotContain(regions, r => r.Text.StartsWith("This note", StringComparison.Ordinal));
    }

    [Fact]
    public void Sentences_list_items_and_questions_in_plain_text_are_not_headings()
    {
        var document = Read.One("faq.txt", """
            Port Talks Explained
            The talks resumed on Monday.
            Q: Who was in the room?
            A: Two envoys and a mediator.
            - Ana Ruiz
            - Tomas Berg
            For the mediator, the meeting served two purposes:
            It kept the channel open and it set a date.
            """);

        var regions = Regions(document);
        Assert.Equal([(RegionKind.Title, "Port Talks Explained")], regions);
    }

    [Fact]
    public void A_byline_in_plain_text_fills_author_and_source_and_a_dateline_after_it_is_a_place()
    {
        var document = Read.One("wire.txt", """
            Envoys meet at the lakeside hotel
            By Ilse Marten, Northfield Wire — LAKETOWN, Estland, Mar 3, 2026

            The two envoys met on Friday.
            """);

        Assert.Equal("Ilse Marten", document.Metadata.Author);
        Assert.Equal("Northfield Wire", document.Metadata.Source);
        var regions = Regions(document);
        Assert.Contains((RegionKind.Byline, "By Ilse Marten, Northfield Wire"), regions);
        Assert.Contains((RegionKind.Author, "Ilse Marten"), regions);
        Assert.Contains((RegionKind.Outlet, "Northfield Wire"), regions);
        Assert.Contains((RegionKind.Place, "LAKETOWN, Estland"), regions);
    }

    [Theory]
    [InlineData("By Ilse Marten and Pavel Dunn", "Ilse Marten, Pavel Dunn", null)]
    [InlineData("By Ilse Marten | The Harbour Ledger", "Ilse Marten", "The Harbour Ledger")]
    [InlineData("By Ilse Marten, Pavel Dunn and Rosa Kell, Northfield Times", "Ilse Marten, Pavel Dunn, Rosa Kell", "Northfield Times")]
    [InlineData("*By Ilse Marten, contributing columnist, The Meridian Ledger*", "Ilse Marten", "The Meridian Ledger")]
    [InlineData("By ILSE MARTEN", "ILSE MARTEN", null)]
    public void Byline_forms_in_markdown_fill_author_and_source(string byline, string author, string? source)
    {
        var document = Read.One("column.md", "# A column about harbours\n\n" + byline + "\n\nThe harbour was quiet that week, and the envoys were not.\n");

        Assert.Equal(author, document.Metadata.Author);
        Assert.Equal(source, document.Metadata.Source);
    }

    [Theory]
    [InlineData("By Monday morning, the envoys had left the harbour.")]
    [InlineData("By the end of the week the talks were over.")]
    [InlineData("By Halvorsen's own count, the talks failed twice.")]
    public void A_sentence_starting_with_by_is_no_byline(string line)
    {
        var document = Read.One("story.txt", "Harbour talks\n" + line + "\n");

        Assert.Null(document.Metadata.Author);
        Assert.DoesNotContain(document.Get(DocumentLayers.Regions), r => r.Kind is RegionKind.Byline or RegionKind.Author);
    }

    [Fact]
    public void Metadata_from_the_page_wins_over_a_byline_in_the_text()
    {
        var document = Read.One("story.json", """{"title": "Harbour talks", "author": "Desk Editor", "source": "Ledger", "text": "Harbour talks\nBy Ilse Marten, Northfield Wire\n\nThe envoys met."}""");

        Assert.Equal("Desk Editor", document.Metadata.Author);
        Assert.Equal("Ledger", document.Metadata.Source);
        Assert.Contains(document.Get(DocumentLayers.Regions), r => r.Kind == RegionKind.Author);
    }

    [Theory]
    [InlineData("WASHINGTON (Reuters) - The envoys met on Friday.", "WASHINGTON", "Reuters")]
    [InlineData("NEW YORK (AP) — The envoys met on Friday.", "NEW YORK", "AP")]
    [InlineData("BEDFORD, N.H. — The envoys met on Friday.", "BEDFORD, N.H.", null)]
    [InlineData("LAKETOWN, Estland, March 3 (Northfield Wire) -- The envoys met on Friday.", "LAKETOWN, Estland", "Northfield Wire")]
    public void An_all_caps_dateline_opening_the_story_is_a_place_with_its_outlet(string opening, string place, string? outlet)
    {
        var document = Read.One("story.txt", "Envoys meet\n\n" + opening + "\n\nMore follows.");

        var regions = Regions(document);
        Assert.Contains((RegionKind.Place, place), regions);
        Assert.Contains(regions, r => r.Kind == RegionKind.Dateline);
        if (outlet is null)
        {
            Assert.DoesNotContain(regions, r => r.Kind == RegionKind.Outlet);
        }
        else
        {
            Assert.Contains((RegionKind.Outlet, outlet), regions);
        }
    }

    [Theory]
    [InlineData("BREAKING — The envoys met on Friday.")]
    [InlineData("HARBOUR TALKS NOT DEAD YET, ENVOYS SAY - The envoys met on Friday.")]
    [InlineData("The envoys met in WASHINGTON - again.")]
    public void Story_labels_run_in_headings_and_capitals_inside_a_sentence_are_no_dateline(string opening)
    {
        var document = Read.One("story.txt", "Envoys meet\n\n" + opening + "\n");

        Assert.DoesNotContain(document.Get(DocumentLayers.Regions), r => r.Kind is RegionKind.Dateline or RegionKind.Place);
    }

    [Fact]
    public void Regions_follow_the_text_through_normalisation()
    {
        // Blank lines collapse, trailing spaces and a BOM go: the heading must still cover exactly its words.
        var document = Read.One("notes.md", "\uFEFF\n\n\n# First Words   \n\n\n\n\nBody text here.   \n\n\n\n## Second   Heading  \n\nMore.");

        Assert.Equal("First Words\n\nBody text here.\n\nSecond   Heading\n\nMore.", document.Text);
        Assert.Equal([(RegionKind.Title, "First Words"), (RegionKind.Heading, "Second   Heading")], Regions(document));
    }

    [Fact]
    public void A_document_read_from_plain_text_without_structure_has_an_empty_regions_layer()
    {
        var document = Read.One("one.txt", "just one line of lower-case text");

        Assert.True(document.Has(DocumentLayers.Regions));
        Assert.Empty(document.Get(DocumentLayers.Regions));
    }
}
