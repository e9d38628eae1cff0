using Backchannel.Corpus;

namespace Backchannel.Reporting;

/// <summary>
/// Collects report sections in display order, and the codecs of the stored layers they read, and freezes them into a
/// <see cref="Report"/>. A stage (<see cref="Stages.IStage"/>) fills it; tests may fill it by hand.
/// </summary>
public sealed class ReportBuilder
{
    private readonly List<IReportSection> _sections = [];
    private readonly List<ILayerCodec> _layers = [];

    /// <summary>Appends a section; a section whose JSON name is already present replaces nothing and throws.</summary>
    public ReportBuilder Add(IReportSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        if (_sections.Exists(s => s.JsonName == section.JsonName))
        {
            throw new InvalidOperationException($"A report section already writes '{section.JsonName}'.");
        }

        _sections.Add(section);
        return this;
    }

    /// <summary>
    /// Makes a stored layer readable by the sections (its mentions listed in <c>entities</c> when it is an
    /// <see cref="IMentionLayer"/>). Idempotent by stored layer name: the first codec of a layer wins.
    /// </summary>
    public ReportBuilder AddLayer(ILayerCodec codec)
    {
        ArgumentNullException.ThrowIfNull(codec);
        if (!_layers.Exists(c => c.Layer == codec.Layer))
        {
            _layers.Add(codec);
        }

        return this;
    }

    /// <summary>True when a section writes this JSON name (lets <c>UseX()</c> be idempotent).</summary>
    public bool Contains(string jsonName) => _sections.Exists(s => s.JsonName == jsonName);

    /// <summary>Returns the frozen report.</summary>
    public Report Build() => new([.. _sections], [.. _layers]);
}
