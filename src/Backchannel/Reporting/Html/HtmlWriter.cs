namespace Backchannel.Reporting.Html;

/// <summary>
/// Writes HTML where text and attribute values are always escaped. Sections get only this writer, never the raw
/// stream, so a string from an article cannot reach the page as markup.
/// </summary>
public sealed class HtmlWriter
{
    private readonly TextWriter _output;

    /// <summary>Wraps an output; <paramref name="scope"/> tells sections where document pages are and what the record says.</summary>
    public HtmlWriter(TextWriter output, ReportScope scope)
    {
        _output = output;
        Scope = scope;
    }

    /// <summary>The report this page belongs to.</summary>
    public ReportScope Scope { get; }

    /// <summary>Opens an element. Tag and attribute names are constants of ours; attribute values are escaped.</summary>
    public HtmlWriter Open(string tag, string? cssClass = null, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        _output.Write('<');
        _output.Write(tag);
        if (cssClass is not null)
        {
            WriteAttribute("class", cssClass);
        }

        foreach (var (name, value) in attributes)
        {
            if (value is not null)
            {
                WriteAttribute(name, value);
            }
        }

        _output.Write('>');
        return this;
    }

    /// <summary>Closes an element.</summary>
    public HtmlWriter Close(string tag)
    {
        _output.Write("</");
        _output.Write(tag);
        _output.Write('>');
        return this;
    }

    /// <summary>Writes escaped text.</summary>
    public HtmlWriter Text(string? text)
    {
        HtmlEscaper.Escape(_output, text);
        return this;
    }

    /// <summary>Writes an element holding escaped text.</summary>
    public HtmlWriter Element(string tag, string? text, string? cssClass = null, params ReadOnlySpan<(string Name, string? Value)> attributes)
        => Open(tag, cssClass, attributes).Text(text).Close(tag);

    /// <summary>Writes a trusted markup constant of ours (never article text).</summary>
    internal HtmlWriter Markup(string trusted)
    {
        _output.Write(trusted);
        return this;
    }

    private void WriteAttribute(string name, string value)
    {
        _output.Write(' ');
        _output.Write(name);
        _output.Write("=\"");
        HtmlEscaper.Escape(_output, value);
        _output.Write('"');
    }
}
