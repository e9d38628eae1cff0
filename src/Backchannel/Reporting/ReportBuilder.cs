namespace Backchannel.Reporting;

/// <summary>Collects report sections in display order and freezes them into a <see cref="Report"/>.</summary>
public sealed class ReportBuilder
{
    private readonly List<IReportSection> _sections = [];

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

    /// <summary>True when a section writes this JSON name (lets <c>UseX()</c> be idempotent).</summary>
    public bool Contains(string jsonName) => _sections.Exists(s => s.JsonName == jsonName);

    /// <summary>Returns the frozen report.</summary>
    public Report Build() => new([.. _sections]);
}
