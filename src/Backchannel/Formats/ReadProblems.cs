using System.Globalization;
using Backchannel.Errors;

namespace Backchannel.Formats;

/// <summary>The readers' user-facing problems, each with a code, the file and what to do about it.</summary>
internal static class ReadProblems
{
    internal static BackchannelError NotFound(string path)
        => new(ErrorCode.PathNotFound, "No file or folder exists at this path.", path, "Check the spelling, or quote paths that contain spaces.");

    internal static BackchannelError Unsupported(string path, string why)
        => new(ErrorCode.UnsupportedFormat, $"Skipped: {why}.", path,
            "Supported: .txt, .md, .markdown, .html, .htm, .json, .jsonl, .ndjson, .rss, .atom, .xml (feeds). Rename or convert the file to one of these.",
            IsWarning: true);

    internal static BackchannelError Empty(string path)
        => new(ErrorCode.EmptyInput, "The input is empty or holds only whitespace.", path, "Check that the file was saved completely.");

    internal static BackchannelError StdinEmpty()
        => new(ErrorCode.EmptyInput, "Standard input is empty: nothing was piped or redirected into it.", InputReader.StdinPath,
            "Pipe an article into it (cat article.txt | backchannel analyze -), or give file paths instead of '-'.");

    internal static BackchannelError StdinClosed()
        => new(ErrorCode.Unreadable, "Standard input is closed, so there is nothing to read from '-'.", InputReader.StdinPath,
            "Pipe an article into it (cat article.txt | backchannel analyze -), or give file paths instead of '-'.");

    internal static BackchannelError NoArticles(string folder)
        => new(ErrorCode.NoArticles, "No articles found: the folder holds no files to read (hidden files and folders are skipped).", folder,
            "Check the path, or put .txt, .md, .html, .json, .jsonl, .rss or .atom files in it.", IsWarning: true);

    internal static BackchannelError Binary(string path, string kind)
        => new(ErrorCode.BinaryInput, $"The input looks like a {kind}, not text.", path, BinarySniffer.HintFor(kind));

    internal static BackchannelError Replaced(string path, DecodedText decoded)
        => new(ErrorCode.InvalidEncoding,
            string.Create(CultureInfo.InvariantCulture,
                $"{decoded.ReplacedCount} invalid {decoded.Encoding} byte sequence(s) were replaced with U+FFFD; the first is at byte offset {decoded.FirstReplacedOffset}."),
            path,
            "Save it as UTF-8 (for example with 'iconv -f WINDOWS-1252 -t UTF-8').",
            IsWarning: true);

    internal static BackchannelError TooLarge(string path, long size, long limit)
        => new(ErrorCode.TooLarge,
            string.Create(CultureInfo.InvariantCulture, $"The input is {DescribeSize(size)}, over the limit of {DescribeSize(limit)}; it was not read."),
            path,
            "Raise the limit with --max-file-size, or split the file.");

    internal static BackchannelError StdinTooLarge(long limit)
        => new(ErrorCode.TooLarge,
            string.Create(CultureInfo.InvariantCulture, $"Standard input holds more than {DescribeSize(limit)}; it was not read."),
            "-",
            "Raise the limit with --max-file-size, or pass the content as a file.");

    internal static BackchannelError Unreadable(string path, string reason)
        => new(ErrorCode.Unreadable, $"The input could not be read: {reason}", path,
            "Check that it exists, is a regular file or folder, and that you have permission to read it.");

    internal static BackchannelError Malformed(string path, string what, string detail)
        => new(ErrorCode.Malformed, $"Malformed {what}: {detail}", path, $"Fix the {what} (a validator shows the exact place), or remove the broken part.");

    internal static BackchannelError NoText(string path, string detail, string hint)
        => new(ErrorCode.NoText, detail, path, hint);

    private static string DescribeSize(long bytes) => bytes >= 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.#} MiB ({bytes} bytes)")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes");
}
