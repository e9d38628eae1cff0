using System.Text.Json;
using Backchannel.Reporting.Html;

namespace Backchannel.Reporting;

/// <summary>
/// One part of the outputs, owned by one stage, as a Markdig extension brings its own renderer: the section writes its
/// JSON array and its HTML block. Later stages (entities, quotes, events, findings) add a section; nothing is rewired.
/// </summary>
public interface IReportSection
{
    /// <summary>The JSON property the section fills (e.g. <c>documents</c>, <c>entities</c>). Unique per report.</summary>
    string JsonName { get; }

    /// <summary>Heading of the HTML section.</summary>
    string Title { get; }

    /// <summary>Writes the section's JSON value (the writer is positioned after the property name).</summary>
    void WriteJson(Utf8JsonWriter writer, ReportContext context);

    /// <summary>Whether the section is unfolded when the report opens (a reader can fold or unfold it).</summary>
    bool OpenByDefault => true;

    /// <summary>Writes the section's HTML body. Every string from an article must go through the escaping writer.</summary>
    void WriteHtml(HtmlWriter html, ReportContext context);
}
