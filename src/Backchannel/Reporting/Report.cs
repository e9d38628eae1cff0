using System.Collections.Immutable;
using Backchannel.Reporting.Html;
using Backchannel.Reporting.Json;

namespace Backchannel.Reporting;

/// <summary>A frozen set of sections that renders a <see cref="ReportContext"/> as JSON or as one self-contained HTML page.</summary>
public sealed class Report
{
    internal Report(ImmutableArray<IReportSection> sections) => Sections = sections;

    /// <summary>Sections in display order.</summary>
    public ImmutableArray<IReportSection> Sections { get; }

    /// <summary>Writes the JSON contract (see docs/FORMATS.md) to <paramref name="output"/>.</summary>
    public void WriteJson(Stream output, ReportContext context) => JsonReportWriter.Write(output, Sections, context);

    /// <summary>Writes the HTML report to <paramref name="output"/>.</summary>
    public void WriteHtml(TextWriter output, ReportContext context) => HtmlReportWriter.Write(output, Sections, context);
}
