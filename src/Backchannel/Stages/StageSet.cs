using System.Collections.Immutable;
using Backchannel.Corpus;
using Backchannel.Documents;
using Backchannel.Errors;
using Backchannel.Pipeline;
using Backchannel.Reporting;

namespace Backchannel.Stages;

/// <summary>
/// A frozen list of stages, and everything derived from it: the pipeline, the stored layers (what <c>analyze</c>
/// writes with each document) and the report. One list, so a stage cannot be run without being stored, or stored
/// without being reported.
/// </summary>
public sealed class StageSet
{
    internal StageSet(ImmutableArray<IStage> stages)
    {
        Stages = stages;
        var layers = ImmutableArray.CreateBuilder<ILayerCodec>();
        foreach (var codec in stages.SelectMany(s => s.Layers))
        {
            if (layers.Any(c => c.Layer == codec.Layer))
            {
                throw new BackchannelException(new BackchannelError(
                    ErrorCode.DuplicateComponent,
                    $"Two stages store the layer '{codec.Layer}'.",
                    Hint: "Give each stored layer one stage."));
            }

            layers.Add(codec);
        }

        Layers = layers.ToImmutable();
    }

    /// <summary>The stages, in order.</summary>
    public ImmutableArray<IStage> Stages { get; }

    /// <summary>Every stored layer's codec, in stage order.</summary>
    public ImmutableArray<ILayerCodec> Layers { get; }

    /// <summary>The pipeline builder with every stage's components, for a caller that adds more before building.</summary>
    public PipelineBuilder PipelineBuilder()
    {
        var builder = new PipelineBuilder();
        foreach (var stage in Stages)
        {
            stage.Setup(builder);
        }

        return builder;
    }

    /// <summary>Builds the frozen pipeline (checked: BC2001 when a component's requirement comes later).</summary>
    public Pipeline.Pipeline CreatePipeline() => PipelineBuilder().Build();

    /// <summary>The report: every stage's layers, then every stage's sections in stage order.</summary>
    public Report CreateReport()
    {
        var builder = new ReportBuilder();
        foreach (var codec in Layers)
        {
            builder.AddLayer(codec);
        }

        foreach (var stage in Stages)
        {
            stage.Setup(builder);
        }

        return builder.Build();
    }

    /// <summary>The rows an analysed document stores: every stored layer it has.</summary>
    public IEnumerable<Annotation> Export(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Layers.SelectMany(codec => codec.Export(document));
    }

    /// <summary>
    /// A stored document with the stored layers <paramref name="pipeline"/> does not compute restored from
    /// <paramref name="rows"/> (store → layer): what a reader gave it (its structure) and nothing the pipeline redoes.
    /// </summary>
    public Document RestoreInputs(Document document, IReadOnlyList<Annotation> rows, Pipeline.Pipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(pipeline);
        var computed = pipeline.Assigns.ToHashSet();
        foreach (var codec in Layers.Where(c => !computed.Contains(c.Key)))
        {
            document = codec.Restore(document, rows);
        }

        return document;
    }
}
