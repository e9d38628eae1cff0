namespace Backchannel.Formats;

/// <summary>The input formats the readers understand.</summary>
internal enum InputFormat
{
    /// <summary>Not a supported format.</summary>
    Unknown,

    /// <summary>Plain text.</summary>
    Text,

    /// <summary>Markdown, converted to plain text.</summary>
    Markdown,

    /// <summary>An HTML page or fragment.</summary>
    Html,

    /// <summary>A JSON object or array of objects.</summary>
    Json,

    /// <summary>One JSON object per line.</summary>
    JsonLines,

    /// <summary>An RSS or Atom feed (the root element decides which).</summary>
    Feed,

    /// <summary>An <c>.xml</c> file: read only when its root is a feed.</summary>
    Xml,
}
