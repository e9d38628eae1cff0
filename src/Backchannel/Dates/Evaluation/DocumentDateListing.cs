using Backchannel.Errors;
using Backchannel.Formats;

namespace Backchannel.Dates.Evaluation;

/// <summary>One inferred date, with the line or sentence it was read from, for checking by hand.</summary>
/// <param name="File">The file, relative to the folder it was found in.</param>
/// <param name="Evidence">The date, the signal and where it stands.</param>
/// <param name="Context">The line or sentence holding the stated date, on one line.</param>
public sealed record DocumentDateListingRow(string File, DocumentDateEvidence Evidence, string Context);

/// <summary>Every plain-text file read and every date inferred from one.</summary>
/// <param name="Files">Files read.</param>
/// <param name="Rows">The files that got a date, in file order.</param>
public sealed record DocumentDateListingResult(int Files, IReadOnlyList<DocumentDateListingRow> Rows);

/// <summary>
/// Runs <see cref="DocumentDateInference"/> over folders of undated plain texts (<c>.txt</c>, read as
/// <c>analyze</c> reads them) and lists every date it infers with its evidence, for a reader to check each one.
/// </summary>
public static class DocumentDateListing
{
    // Long enough to read the sentence, short enough to scan a list of them.
    private const int MaxContext = 240;

    /// <summary>Lists the dates inferred for the .txt files under the folders.</summary>
    /// <exception cref="BackchannelException">A folder is missing (BC1001).</exception>
    public static DocumentDateListingResult List(IEnumerable<string> folders, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(folders);
        var rows = new List<DocumentDateListingRow>();
        var files = 0;
        foreach (var folder in folders)
        {
            if (!Directory.Exists(folder))
            {
                throw new BackchannelException(new BackchannelError(ErrorCode.PathNotFound, "The folder does not exist.", folder, "Pass a folder holding .txt files with --texts."));
            }

            var found = Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
                .Where(f => f.EndsWith(".txt", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal);
            foreach (var file in found)
            {
                cancellationToken.ThrowIfCancellationRequested();
                files++;
                var (_, body) = PlainTextReader.ParseHeader(TextNormalizer.Normalize(File.ReadAllText(file)));
                if (DocumentDateInference.Explain(body) is { } evidence)
                {
                    rows.Add(new DocumentDateListingRow(Path.GetRelativePath(folder, file), evidence, Context(body, evidence)));
                }
            }
        }

        return new DocumentDateListingResult(files, rows);
    }

    private static string Context(string text, DocumentDateEvidence evidence)
    {
        var context = text[evidence.ContextStart..evidence.ContextEnd].Replace('\n', ' ').Trim();
        return context.Length <= MaxContext ? context : string.Concat(context.AsSpan(0, MaxContext - 1), "…");
    }
}
