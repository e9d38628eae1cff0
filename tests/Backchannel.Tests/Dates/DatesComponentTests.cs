using System.Collections.Immutable;
using Backchannel.Dates;
using Backchannel.Documents;
using Backchannel.Pipeline;
using Backchannel.Tagging;
using Backchannel.Text;

namespace Backchannel.Tests.Dates;

public sealed class DatesComponentTests
{
    private static readonly DateTimeOffset Published = new(2026, 1, 21, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_pipeline_assigns_timexes_anchored_on_the_publication_date()
    {
        var pipeline = new PipelineBuilder().UseTokenizer().UseDates().UseDates().Build();
        var document = new Document("The envoy left yesterday.", new DocumentMetadata { Published = Published });

        var timex = Assert.Single(pipeline.Process(document).Get(DateLayers.Timexes));

        Assert.Equal("2026-01-20", timex.Value);
        Assert.True(timex.Anchored);
        Assert.Single(pipeline.Components, c => c.Name == DatesComponent.ComponentName);
    }

    [Fact]
    public void The_default_pipeline_includes_dates()
        => Assert.Contains(DefaultPipeline.Create().Components, c => c.Name == DatesComponent.ComponentName);

    [Fact]
    public void A_document_without_a_date_gets_unanchored_relative_values()
    {
        var pipeline = new PipelineBuilder().UseTokenizer().UseDates().Build();

        var timex = Assert.Single(pipeline.Process(new Document("The envoy left yesterday.", new DocumentMetadata())).Get(DateLayers.Timexes));

        Assert.Equal("XXXX-XX-XX", timex.Value);
        Assert.False(timex.Anchored);
    }

    [Fact]
    public void Part_of_speech_tags_when_present_override_the_word_form_guess()
    {
        const string text = "Leaders will sign the pact Thursday, pleased with progress.";
        var tokenized = new TokenizerComponent().Process(new Document(text, new DocumentMetadata { Published = Published }), default);
        var dates = new DatesComponent();

        // Without tags the nearby "pleased" reads as a past verb and Thursday points back.
        var guessed = Assert.Single(dates.Process(tokenized, default).Get(DateLayers.Timexes));
        Assert.Equal("2026-01-15", guessed.Value);

        var tags = tokenized.Get(TextLayers.Tokens)
            .Select(t => new PosTag(t.Start, t.End, text[t.Start..t.End] switch { "will" => "MD", "pleased" => "JJ", _ => "NN" }))
            .ToImmutableArray();
        var tagged = tokenized.With(TaggingLayers.Pos, tags);
        var resolved = Assert.Single(dates.Process(tagged, default).Get(DateLayers.Timexes));
        Assert.Equal("2026-01-22", resolved.Value);
    }

    [Fact]
    public void With_the_shipped_tagger_a_future_tense_weekday_points_forward()
    {
        var pipeline = new PipelineBuilder().UseTokenizer().UseTagger().UseDates().Build();
        var document = new Document("Leaders will sign the pact on Thursday.", new DocumentMetadata { Published = Published });

        Assert.Equal("2026-01-22", Assert.Single(pipeline.Process(document).Get(DateLayers.Timexes)).Value);
    }
}
