using Backchannel.Errors;
using Backchannel.Pipeline;
using Backchannel.Quotes;
using Backchannel.Tagging;

namespace Backchannel.Tests.Quotes;

public sealed class QuotePipelineTests
{
    [Fact]
    public void UseQuotesAddsTheComponentOnce()
    {
        var builder = new PipelineBuilder().UseQuotes().UseQuotes();
        Assert.Single(builder.Components, c => c.Name == QuoteComponent.ComponentName);
    }

    [Fact]
    public void QuotesNeedEntitiesBeforeThem()
    {
        var error = Assert.Throws<BackchannelException>(() => new PipelineBuilder().UseTagger().UseChunker().UseLemmatizer().UseQuotes().Build());
        Assert.Equal(ErrorCode.UnmetRequirement, error.Error.Code);
    }

    [Fact]
    public void ATextWithoutStatementsGetsAnEmptyLayer()
    {
        Assert.Empty(QuoteRun.Quotes("The bridge over the river was built in 1911 and repainted last year."));
    }
}
