using System.Globalization;
using Backchannel.Errors;

namespace Backchannel.Dates.Evaluation;

/// <summary>
/// Evaluates <see cref="DocumentDateInference"/> on TimeML: each file's creation time (DCT) is the gold and is hidden
/// from the inference, which sees only the words of the <c>TEXT</c> element (DOCID, DCT, titles and wire headers sit
/// outside it; a creation-time TIMEX3 inside it is dropped by the reader).
/// </summary>
public static class DocumentDateEvaluator
{
    /// <summary>Every .tml file under the folders (recursively), sorted, with the folder each was found in.</summary>
    /// <exception cref="BackchannelException">A folder is missing (BC1001) or holds no .tml file (BC1003).</exception>
    public static IReadOnlyList<(string Folder, string File)> FindFiles(IEnumerable<string> folders)
    {
        ArgumentNullException.ThrowIfNull(folders);
        var files = new List<(string Folder, string File)>();
        var named = new List<string>();
        foreach (var folder in folders)
        {
            named.Add(folder);
            if (!Directory.Exists(folder))
            {
                throw new BackchannelException(new BackchannelError(ErrorCode.PathNotFound, "The TimeML folder does not exist.", folder, "Pass a folder holding .tml files with --timeml."));
            }

            var found = Directory.GetFiles(folder, "*.tml", SearchOption.AllDirectories);
            Array.Sort(found, StringComparer.Ordinal);
            files.AddRange(found.Select(f => (folder, f)));
        }

        if (files.Count == 0)
        {
            throw new BackchannelException(new BackchannelError(ErrorCode.EmptyInput, "No .tml files found.", string.Join(' ', named), "Pass a folder holding TimeML files."));
        }

        return files;
    }

    /// <summary>Infers a date for every file under the folders and scores it against the file's DCT.</summary>
    public static DocumentDateEvaluation Evaluate(IEnumerable<string> folders, CancellationToken cancellationToken = default)
    {
        var scores = new DocumentDateScorer();
        var withoutGold = 0;
        var leaked = 0;
        foreach (var (folder, file) in FindFiles(folders))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var document = TimeMlReader.Read(file, omitCreationTime: true);
            if (document.CreationDate is not { } gold)
            {
                withoutGold++;
                continue;
            }

            leaked += HoldsInDigits(document.Text, gold) ? 1 : 0;
            var inferred = DocumentDateInference.Infer(document.Text);
            scores.Add(Path.GetRelativePath(folder, file), inferred, gold, StatesDay(document.Text, gold));
        }

        return new DocumentDateEvaluation(scores, withoutGold, leaked);
    }

    // The forms a creation date takes in news metadata: 19980807 (DOCID), 1998-08-07, 08/07/1998, 08-07-98 (AP footer).
    private static bool HoldsInDigits(string text, DateOnly gold)
    {
        foreach (var format in (string[])["yyyyMMdd", "yyyy-MM-dd", "MM/dd/yyyy", "MM-dd-yy", "MM/dd/yy"])
        {
            if (text.Contains(gold.ToString(format, CultureInfo.InvariantCulture), StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // Whether any explicit date in the text is the gold day with its year: the ceiling of a method that reads dates.
    private static bool StatesDay(string text, DateOnly gold)
    {
        var day = gold.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        foreach (var timex in TimexRecognizer.Recognize(text, documentDate: null))
        {
            if (timex.Value.StartsWith(day, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
