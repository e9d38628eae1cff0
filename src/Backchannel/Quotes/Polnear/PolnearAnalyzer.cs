using Backchannel.Documents;
using Backchannel.Entities;
using Backchannel.Pipeline;
using Backchannel.Tagging;
using Backchannel.Text;

namespace Backchannel.Quotes.Polnear;

/// <summary>Runs the stages the quote model reads (tokens to entities) over PolNeAR articles, in parallel.</summary>
public static class PolnearAnalyzer
{
    /// <summary>The pipeline before the quote stage.</summary>
    public static Pipeline.Pipeline CreatePipeline() => new PipelineBuilder()
        .UseTokenizer()
        .UseTagger().UseChunker().UseLemmatizer()
        .UseEntities()
        .Build();

    /// <summary>Analyses every article; the result is in the same order.</summary>
    public static Document[] Analyze(IReadOnlyList<PolnearDocument> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var pipeline = CreatePipeline();
        var result = new Document[documents.Count];
        Parallel.For(0, documents.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
            result[i] = pipeline.Process(new Document(documents[i].Text, new DocumentMetadata { ExternalId = documents[i].Name }), cancellationToken));
        return result;
    }
}
