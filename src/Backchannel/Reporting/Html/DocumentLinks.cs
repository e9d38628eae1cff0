namespace Backchannel.Reporting.Html;

/// <summary>
/// Where a document's page is, seen from the index: inside the same file (shown when its id is the URL's fragment) or a
/// file of its own in a folder beside the index.
/// </summary>
public sealed class DocumentLinks
{
    private readonly string? _folder;

    private DocumentLinks(string? folder) => _folder = folder;

    /// <summary>Document pages are sections of the index page.</summary>
    public static DocumentLinks SameFile { get; } = new(null);

    /// <summary>Document pages are files in <paramref name="folderName"/>, a folder beside the index.</summary>
    public static DocumentLinks InFolder(string folderName) => new(Uri.EscapeDataString(folderName));

    /// <summary>True when document pages are files of their own.</summary>
    public bool Separate => _folder is not null;

    /// <summary>The id of a document's page element.</summary>
    public static string PageId(string documentId) => "doc-" + documentId;

    /// <summary>The file name of a document's page in the folder.</summary>
    public static string FileName(string documentId) => documentId + ".html";

    /// <summary>A link from the index to a document's page.</summary>
    public string Document(string documentId) => _folder is null ? "#" + PageId(documentId) : $"{_folder}/{FileName(documentId)}";

    /// <summary>A link from the index to an anchor on a document's page.</summary>
    public string At(string documentId, string anchor) => _folder is null ? "#" + anchor : $"{_folder}/{FileName(documentId)}#{anchor}";
}
