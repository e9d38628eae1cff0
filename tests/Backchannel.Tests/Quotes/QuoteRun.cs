using Backchannel.Documents;
using Backchannel.Pipeline;
using Backchannel.Quotes;
using Backchannel.Quotes.Polnear;

namespace Backchannel.Tests.Quotes;

/// <summary>Runs the stages up to entities plus the quote stage (shipped models) over a hand-written text.</summary>
internal static class QuoteRun
{
    private static readonly Backchannel.Pipeline.Pipeline s_pipeline = Build();

    public static IReadOnlyList<Quote> Quotes(string text) =>
        s_pipeline.Process(new Document(text, new DocumentMetadata())).Get(QuoteLayers.Quotes);

    /// <summary>The one quote whose text contains <paramref name="words"/>; fails when none or several do.</summary>
    public static Quote Single(string text, string words) =>
        Assert.Single(Quotes(text), q => q.Text.Contains(words, StringComparison.Ordinal));

    private static Backchannel.Pipeline.Pipeline Build()
    {
        var builder = new PipelineBuilder();
        foreach (var component in PolnearAnalyzer.CreatePipeline().Components)
        {
            builder.Add(component);
        }

        return builder.UseQuotes().Build();
    }
}
