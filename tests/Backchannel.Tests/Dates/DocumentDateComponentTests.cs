using Backchannel.Dates;
using Backchannel.Documents;
using Backchannel.Pipeline;

namespace Backchannel.Tests.Dates;

public sealed class DocumentDateComponentTests
{
    private const string Dated = "HARBOURTOWN, 9 May 2025 (Wire) – The envoys met again after the round of 2 May 2025.";
    private static readonly Backchannel.Pipeline.Pipeline Pipeline = new PipelineBuilder().UseDocumentDate().Build();

    [Fact]
    public void An_undated_document_gets_the_date_its_text_states()
    {
        var document = Pipeline.Process(new Document(Dated, new DocumentMetadata()));

        Assert.Equal(new DateTimeOffset(2025, 5, 9, 0, 0, 0, TimeSpan.Zero), document.Metadata.Published);
        Assert.Equal(PublishedOrigin.Inferred, document.Metadata.PublishedOrigin);
    }

    [Fact]
    public void A_date_from_the_source_or_the_user_is_kept()
    {
        var given = new DateTimeOffset(2025, 6, 1, 8, 30, 0, TimeSpan.Zero);
        foreach (var origin in new[] { PublishedOrigin.Metadata, PublishedOrigin.Override, PublishedOrigin.Unknown })
        {
            var metadata = new DocumentMetadata { Published = given, PublishedHasTime = true, PublishedOrigin = origin };
            var input = new Document(Dated, metadata);

            Assert.Same(input, Pipeline.Process(input));
        }
    }

    [Fact]
    public void An_inferred_date_is_inferred_again_and_dropped_when_the_text_no_longer_supports_it()
    {
        // A store's inferred date is redone by reanalyze: here the text names no date of writing at all.
        var metadata = new DocumentMetadata { Published = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero), PublishedOrigin = PublishedOrigin.Inferred };

        var document = Pipeline.Process(new Document("The envoys met again; no date is written here.", metadata));

        Assert.Null(document.Metadata.Published);
        Assert.Equal(PublishedOrigin.Unknown, document.Metadata.PublishedOrigin);
    }

    [Fact]
    public void The_default_pipeline_dates_documents_before_the_dates_stage_reads_the_date()
    {
        var names = DefaultPipeline.CreateWithoutLinking().Components.Select(c => c.Name).ToList();

        Assert.Equal(0, names.IndexOf(DocumentDateComponent.ComponentName));
        Assert.True(names.IndexOf(DatesComponent.ComponentName) > 0);
    }
}
