namespace Backchannel.Reporting.Html;

/// <summary>Escapes text for HTML element content and double- or single-quoted attribute values.</summary>
public static class HtmlEscaper
{
    /// <summary>Writes <paramref name="text"/> with &amp; &lt; &gt; &quot; &#39; escaped, and NUL dropped.</summary>
    public static void Escape(TextWriter output, string? text)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var span = text.AsSpan();
        var start = 0;
        for (var i = 0; i < span.Length; i++)
        {
            var replacement = span[i] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                '\0' => "",
                _ => null,
            };
            if (replacement is null)
            {
                continue;
            }

            output.Write(span[start..i]);
            output.Write(replacement);
            start = i + 1;
        }

        output.Write(span[start..]);
    }

    /// <summary>Returns <paramref name="text"/> escaped.</summary>
    public static string Escape(string? text)
    {
        using var writer = new StringWriter();
        Escape(writer, text);
        return writer.ToString();
    }
}
