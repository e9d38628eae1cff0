using System.Collections.Immutable;
using Backchannel.Errors;

namespace Backchannel.Formats.Conll;

/// <summary>
/// Reads CoNLL-2003 style files: one token per line with space-separated columns, blank lines between sentences,
/// <c>-DOCSTART-</c> lines between documents. A <c>-DOCSTART-</c> may come before or after each document
/// (the shared copy puts it after); either way it only separates documents.
/// </summary>
public static class ConllReader
{
    /// <summary>Reads every sentence of a file.</summary>
    public static IReadOnlyList<ConllSentence> ReadFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new BackchannelException(new BackchannelError(ErrorCode.PathNotFound, "CoNLL file not found.", path, "Check the path."));
        }

        using var reader = new StreamReader(path);
        return Read(reader, path);
    }

    /// <summary>Reads every sentence from a reader; <paramref name="name"/> is used in error messages.</summary>
    public static IReadOnlyList<ConllSentence> Read(TextReader reader, string name = "conll")
    {
        ArgumentNullException.ThrowIfNull(reader);
        var sentences = new List<ConllSentence>();
        var words = ImmutableArray.CreateBuilder<string>();
        var columns = ImmutableArray.CreateBuilder<ImmutableArray<string>>();
        var document = 0;
        var documentHasSentences = false;
        var lineNumber = 0;
        var firstLine = 0;
        int? width = null;

        void Flush()
        {
            if (words.Count == 0)
            {
                return;
            }

            sentences.Add(new ConllSentence(document, words.ToImmutable(), columns.ToImmutable(), firstLine));
            documentHasSentences = true;
            words.Clear();
            columns.Clear();
        }

        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                Flush();
                if (documentHasSentences)
                {
                    document++;
                    documentHasSentences = false;
                }

                continue;
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                Flush();
                continue;
            }

            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            width ??= parts.Length;
            if (parts.Length != width)
            {
                throw new BackchannelException(new BackchannelError(ErrorCode.Malformed, $"Line {lineNumber} has {parts.Length} columns where earlier lines have {width}.", name, "Every token line needs the same columns."));
            }

            if (words.Count == 0)
            {
                firstLine = lineNumber;
            }

            words.Add(parts[0]);
            columns.Add([.. parts.AsSpan(1)]);
        }

        Flush();
        return sentences;
    }
}
