using System.Collections.Immutable;
using Backchannel.Corpus;

namespace Backchannel.Reporting;

/// <summary>Everything a report section may draw on.</summary>
/// <param name="Corpus">The whole store at report time.</param>
/// <param name="Run">The run that preceded the report.</param>
/// <param name="ToolVersion">Backchannel's version, recorded in the outputs.</param>
public sealed record ReportContext(CorpusSnapshot Corpus, RunSummary Run, string ToolVersion)
{
    /// <summary>
    /// The codecs of the stored layers the report's stages brought (set by <see cref="Report"/> from its builder): how
    /// a section reads a stored row as a typed item and writes its fields, without knowing the stage's field names.
    /// </summary>
    public ImmutableArray<ILayerCodec> Layers { get; init; } = [];

    /// <summary>The codec of a stored layer, or null when no stage of the report brought it.</summary>
    public ILayerCodec? CodecOf(string layer) => Layers.FirstOrDefault(c => c.Layer == layer);

    /// <summary>The codec of type <typeparamref name="T"/>, or null.</summary>
    public T? Codec<T>()
        where T : class, ILayerCodec => Layers.OfType<T>().FirstOrDefault();
}
