using System.Text;

namespace Backchannel.Knowledge.Import;

/// <summary>Opening source files the way every importer must: a missing or unreadable file is one problem.</summary>
internal static class SourceFile
{
    /// <summary>Opens <paramref name="path"/> as UTF-8 text, or records why not and returns null.</summary>
    public static StreamReader? Open(string path, ImportResult result)
    {
        try
        {
            return new StreamReader(path, new UTF8Encoding(false, throwOnInvalidBytes: false), detectEncodingFromByteOrderMarks: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            result.Problem(path, 0, $"cannot read the file: {ex.Message}");
            return null;
        }
    }

    /// <summary>Reads all CSV records of <paramref name="path"/>, or records why not and returns null.</summary>
    public static List<CsvRecord>? ReadCsv(string path, ImportResult result)
    {
        using var reader = Open(path, result);
        if (reader is null)
        {
            return null;
        }

        try
        {
            return [.. CsvReader.Read(reader)];
        }
        catch (IOException ex)
        {
            result.Problem(path, 0, $"cannot read the file: {ex.Message}");
            return null;
        }
    }

    /// <summary>The citation for <paramref name="record"/> of <paramref name="source"/>.</summary>
    public static Model.Citation Cite(ImportSource source, string record) =>
        new(source.Publisher, source.Url, record, source.Retrieved);
}
