using Backchannel.Corpus;
using Backchannel.Documents;
using Backchannel.Entities;
using Backchannel.Linking;
using Backchannel.Quotes;
using Backchannel.Reporting;
using Backchannel.Reporting.Sections;
using Backchannel.Tests.Linking;
using Backchannel.Tests.Support;

namespace Backchannel.Tests.Reporting;

/// <summary>
/// The report as a reader uses it, in headless Chromium driven by Playwright: it opens with no console errors,
/// sections fold, long tables are capped and filter, a flag leads to its sentence, and a link says why it was made.
/// </summary>
public sealed class ReportInChromiumTests : IDisposable
{
    // Each payload would mark the page if it ran; the marker value is assembled at run time.
    private const string Payload = "document.documentElement.setAttribute('data-owned','o'+'wned')";
    private const string Text = "Foreign Minister Olena Marchuk met Boris Quell in Lviv. <img src=x onerror=\"" + Payload + "\"> closed the day.";
    private const int Fillers = 40;

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static readonly DocumentMetadata Flagged = new()
    {
        Title = "Talks in Lviv <script>" + Payload + "</script>",
        Published = new DateTimeOffset(2026, 1, 21, 0, 0, 0, TimeSpan.Zero),
        PublishedOrigin = PublishedOrigin.Metadata,
    };

    private static StoredDocument FlaggedDocument => SnapshotFactory.Stored(Text, Flagged);

    // One document with a title check that disagrees and a NIL link, and enough others to cap the documents table.
    private static ReportContext Context()
    {
        var marchuk = Text.IndexOf("Olena Marchuk", StringComparison.Ordinal);
        var quell = Text.IndexOf("Boris Quell", StringComparison.Ordinal);
        var document = new Document(Text, Flagged)
            .With(EntityLayers.Entities, [new EntityMention(marchuk, marchuk + 13, "PER", 1f), new EntityMention(quell, quell + 11, "PER", 1f)])
            .With(LinkingLayers.Links,
            [
                new EntityLink(marchuk, marchuk + 13, "bc:olena-marchuk", LinkKind.Name, 0.95f, "exact name", TitleAgreement.Disagrees, "ua-foreign-minister", "term ended 2024-09-05", 0, 16),
                new EntityLink(quell, quell + 11, "nil:1", LinkKind.Name, 0.6f, "not in the knowledge base <b>" + Payload + "</b>"),
            ]);
        var flagged = FlaggedDocument;
        var annotations = new IAnnotationExporter[] { new EntityCodec(), new LinkCodec() }
            .SelectMany(e => e.Export(document)).Select(a => new StoredAnnotation(flagged.Id, a));
        var fillers = Enumerable.Range(1, Fillers).Select(i => SnapshotFactory.Stored($"Filler note {i} about grain prices.", new DocumentMetadata
        {
            Title = $"Filler {i}",
            Published = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddHours(i),
            PublishedOrigin = PublishedOrigin.Metadata,
        }));
        return SnapshotFactory.Context(annotations, [flagged, .. fillers]);
    }

    private static Report Report() => new ReportBuilder().UseDocuments().UseEntities().UseActors(LinkFixture.Kb).Build();

    private string WriteOneFile()
    {
        var path = _temp.File("report.html");
        using var writer = new StreamWriter(path);
        Report().WriteHtml(writer, Context());
        return path;
    }

    private string WriteFolder()
    {
        var path = _temp.File("big.html");
        Directory.CreateDirectory(_temp.File("big_files"));
        using var writer = new StreamWriter(path);
        Report().WriteHtmlFolder(writer, Context(), "big.html", "big_files", name => new StreamWriter(_temp.File(Path.Combine("big_files", name))));
        return path;
    }

    [ChromiumFact]
    public async Task The_report_opens_with_no_console_errors_and_its_sections_fold()
    {
        await using var browser = await Browser.LaunchAsync();
        var (page, errors) = await browser.OpenAsync(WriteOneFile());

        Assert.True(await page.Locator("#sec-overview").IsVisibleAsync());
        var documents = page.Locator("#sec-documents");
        Assert.True(await documents.Locator("#documents-table").IsVisibleAsync());
        await documents.Locator("> summary").ClickAsync();
        Assert.False(await documents.Locator("#documents-table").IsVisibleAsync());
        await documents.Locator("> summary").ClickAsync();
        Assert.True(await documents.Locator("#documents-table").IsVisibleAsync());
        Assert.Null(await page.GetAttributeAsync("html", "data-owned"));
        Assert.Empty(errors);
    }

    [ChromiumFact]
    public async Task A_long_table_shows_its_first_rows_then_all_and_its_filter_searches_every_row()
    {
        await using var browser = await Browser.LaunchAsync();
        var (page, errors) = await browser.OpenAsync(WriteOneFile());
        var rows = page.Locator("#documents-table tbody tr:visible");

        Assert.Equal(25, await rows.CountAsync());
        await page.Locator("button.show-all[data-table='documents-table']").ClickAsync();
        Assert.Equal(Fillers + 1, await rows.CountAsync());
        await page.Locator("button.show-all[data-table='documents-table']").ClickAsync();
        Assert.Equal(25, await rows.CountAsync());

        // "Filler 37" is past the cap; the filter finds it all the same.
        await page.Locator("input.filter[data-table='documents-table']").FillAsync("filler 37");
        Assert.Equal(1, await rows.CountAsync());
        Assert.Contains("Filler 37", await rows.First.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("1 of 41 documents", await page.Locator("[data-count-for='documents-table']").InnerTextAsync());
        await page.Locator("input.filter[data-table='documents-table']").FillAsync("");
        Assert.Equal(25, await rows.CountAsync());
        Assert.Empty(errors);
    }

    [ChromiumFact]
    public async Task A_flag_shows_the_record_and_links_to_its_sentence_on_the_document_page()
    {
        await using var browser = await Browser.LaunchAsync();
        var (page, errors) = await browser.OpenAsync(WriteOneFile());
        var flag = page.Locator("#sec-flags ol.flags > li").First;

        Assert.Equal("Foreign Minister Olena Marchuk", await flag.Locator("mark.claim").InnerTextAsync());
        Assert.Contains("Taras Hnatiuk", await flag.InnerTextAsync(), StringComparison.Ordinal);
        await flag.Locator(".flag-doc a").ClickAsync();

        var sentence = page.Locator(".flag-sentence:target");
        Assert.True(await sentence.IsVisibleAsync());
        Assert.StartsWith("Foreign Minister Olena Marchuk met Boris Quell in Lviv.", await sentence.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Foreign Minister Olena Marchuk", await sentence.Locator("mark.claim").InnerTextAsync());
        Assert.False(await page.Locator("main.index").IsVisibleAsync());
        Assert.Null(await page.GetAttributeAsync("html", "data-owned"));
        Assert.Empty(errors);
    }

    [ChromiumFact]
    public async Task A_quote_in_who_said_what_links_to_its_mark_on_the_document_page()
    {
        const string text = "The port council met on Friday. \"The ferry fees will stay,\" the mayor Piet Ruys said afterwards.";
        var start = text.IndexOf('"', StringComparison.Ordinal);
        var end = text.IndexOf(',', start) + 2;
        var cue = text.IndexOf("said", StringComparison.Ordinal);
        var speakerAt = text.IndexOf("Piet Ruys", StringComparison.Ordinal);
        var stored = SnapshotFactory.Stored(text, new DocumentMetadata { Title = "Ferry fees", Published = new DateTimeOffset(2026, 2, 6, 0, 0, 0, TimeSpan.Zero), PublishedOrigin = PublishedOrigin.Metadata });
        var quote = new Quote(start, end, text[start..end], QuoteKind.Direct, new QuoteSpeaker("Piet Ruys", speakerAt, speakerAt + 9, false, null, "Piet Ruys"), "said", cue, cue + 4, null, [new TextSpan(start, end)]);
        var codec = new QuoteCodec();
        var rows = codec.Export(new Document(text, stored.Metadata).With(QuoteLayers.Quotes, [quote])).Select(a => new StoredAnnotation(stored.Id, a));
        var path = _temp.File("quotes.html");
        using (var writer = new StreamWriter(path))
        {
            new ReportBuilder().UseDocuments().AddLayer(codec).Add(new QuotesSection()).Build().WriteHtml(writer, SnapshotFactory.Context(rows, stored));
        }

        await using var browser = await Browser.LaunchAsync();
        var (page, errors) = await browser.OpenAsync(path);
        var group = page.Locator("#sec-quotes details.speaker").First;
        Assert.StartsWith("Piet Ruys (1)", await group.Locator("summary").InnerTextAsync(), StringComparison.Ordinal);
        await group.Locator("summary").ClickAsync();
        await group.Locator("ul.quotes a").ClickAsync();

        var mark = page.Locator(".quote:target");
        Assert.True(await mark.IsVisibleAsync());
        Assert.Equal(text[start..end], await mark.InnerTextAsync());
        Assert.Contains("Piet Ruys", await mark.GetAttributeAsync("title") ?? "", StringComparison.Ordinal);
        Assert.Empty(errors);
    }

    [ChromiumFact]
    public async Task Clicking_a_link_on_a_document_page_shows_why_it_was_made()
    {
        await using var browser = await Browser.LaunchAsync();
        var (page, errors) = await browser.OpenAsync(WriteOneFile(), "doc-" + FlaggedDocument.Id);
        var text = page.Locator("#doc-" + FlaggedDocument.Id + " .doc-text");

        Assert.Contains("<img src=x onerror=", await text.InnerTextAsync(), StringComparison.Ordinal);
        await text.Locator(".ln", new() { HasText = "Olena Marchuk" }).ClickAsync();
        var panel = page.Locator("#doc-" + FlaggedDocument.Id + " .link-info");
        Assert.True(await panel.IsVisibleAsync());
        Assert.Contains("Why: exact name", await panel.InnerTextAsync(), StringComparison.Ordinal);
        await text.Locator(".ln.nil").ClickAsync();
        Assert.Contains("not in the knowledge base <b>", await panel.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Null(await page.GetAttributeAsync("html", "data-owned"));
        Assert.Empty(errors);
    }

    [ChromiumFact]
    public async Task A_folder_report_links_its_index_to_a_page_per_document_and_back()
    {
        await using var browser = await Browser.LaunchAsync();
        var (page, errors) = await browser.OpenAsync(WriteFolder());

        await page.Locator("#sec-flags .flag-doc a").ClickAsync();
        await page.WaitForURLAsync("**/big_files/" + FlaggedDocument.Id + ".html#at-*");
        await page.WaitForSelectorAsync("html[data-report-ready='1']", new() { State = Microsoft.Playwright.WaitForSelectorState.Attached });
        Assert.True(await page.Locator(".flag-sentence:target").IsVisibleAsync());
        Assert.Equal(1, await page.Locator("article.doc-page").CountAsync());
        await page.Locator("p.back a").ClickAsync();
        await page.WaitForURLAsync("**/big.html#sec-documents");
        Assert.True(await page.Locator("#documents-table").IsVisibleAsync());
        Assert.Null(await page.GetAttributeAsync("html", "data-owned"));
        Assert.Empty(errors);
    }
}
